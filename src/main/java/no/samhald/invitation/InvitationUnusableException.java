package no.samhald.invitation;

/**
 * A link that opens no invitation: unknown, already used, revoked or expired. The page says
 * which (the holder of the link was sent it, so telling them is no leak).
 */
public class InvitationUnusableException extends RuntimeException {

	private final InvitationState reason;

	InvitationUnusableException(InvitationState reason) {
		super("The invitation is " + (reason == null ? "unknown" : reason.name().toLowerCase()));
		this.reason = reason;
	}

	/** Why the link does not work; null when no invitation has that token. */
	public InvitationState reason() {
		return reason;
	}

}
