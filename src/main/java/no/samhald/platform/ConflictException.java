package no.samhald.platform;

/**
 * The change collides with the current state: someone else saved first, or a rule of the
 * domain forbids it now (deciding a case twice). Shown as 409. The message key is resolved
 * in the user's language.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	public ConflictException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
