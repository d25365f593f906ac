package no.samhald.invitation;

import java.util.List;

import no.samhald.platform.SignedInUser.Role;

/**
 * A coordinator's invitation as typed: who (name, e-mail), the language of the mail (nn, nb or
 * en), the base role (member or coordinator) and the scoped roles besides.
 */
public record Invite(String name, String email, String language, Role baseRole, List<InvitedRole> scopedRoles) {

	public Invite {
		scopedRoles = List.copyOf(scopedRoles);
	}

}
