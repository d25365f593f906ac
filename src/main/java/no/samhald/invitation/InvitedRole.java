package no.samhald.invitation;

import no.samhald.platform.SignedInUser.Role;

/** A scoped role an invitation gives: partner contact, forum secretary or measure owner, for the partner, forum or measure with that id. */
public record InvitedRole(Role role, long scopeId) {

	public InvitedRole {
		if (!role.isScoped()) {
			throw new IllegalArgumentException(role + " is a base role, not a scoped one");
		}
	}

	@Override
	public String toString() {
		return role.name() + " " + scopeId;
	}

}
