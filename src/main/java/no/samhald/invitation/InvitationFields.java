package no.samhald.invitation;

import no.samhald.platform.SignedInUser.Role;

/** The field of the invitation form where each scoped role's partner, forum or measure is chosen. */
final class InvitationFields {

	private InvitationFields() {
	}

	static String scopeField(Role role) {
		return switch (role) {
			case PARTNER_CONTACT -> "partnerId";
			case FORUM_SECRETARY -> "forumId";
			case MEASURE_OWNER -> "measureId";
			default -> throw new IllegalArgumentException(role + " has no scope");
		};
	}

}
