package no.samhald.invitation;

import java.time.Instant;
import java.util.List;

import no.samhald.platform.SignedInUser.Role;

/** An invitation as stored (never its token): to whom, to which roles, and where it stands. */
public record Invitation(long id, String communitySlug, String name, String email, String language, Role baseRole,
		List<InvitedRole> scopedRoles, String invitedBy, Instant sentAt, Instant expiresAt, Instant acceptedAt,
		Instant revokedAt) {

	public InvitationState stateAt(Instant now) {
		if (acceptedAt != null) {
			return InvitationState.ACCEPTED;
		}
		if (revokedAt != null) {
			return InvitationState.REVOKED;
		}
		return now.isBefore(expiresAt) ? InvitationState.PENDING : InvitationState.EXPIRED;
	}

	/** The roles without names, for the change log: e.g. "MEMBER, PARTNER_CONTACT 12". */
	String rolesForLog() {
		var all = new StringBuilder(baseRole.name());
		scopedRoles.forEach(role -> all.append(", ").append(role));
		return all.toString();
	}

}
