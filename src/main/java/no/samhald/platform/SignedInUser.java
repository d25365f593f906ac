package no.samhald.platform;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: their role and, unless administrator, the one community they belong to. */
public class SignedInUser extends User {

	private final String displayName;

	private final Role role;

	private final String communitySlug;

	private final Long personId;

	public SignedInUser(String username, String passwordHash, boolean locked, String displayName, Role role,
			String communitySlug, Long personId) {
		super(username, passwordHash, true, true, true, !locked,
				List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.displayName = displayName;
		this.role = role;
		this.communitySlug = communitySlug;
		this.personId = personId;
	}

	/** An account not linked to a person of the community. */
	public SignedInUser(String username, String passwordHash, boolean locked, String displayName, Role role,
			String communitySlug) {
		this(username, passwordHash, locked, displayName, role, communitySlug, null);
	}

	/** The person of the community this account belongs to, if it is linked to one. */
	public Long personId() {
		return personId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public String communitySlug() {
		return communitySlug;
	}

	public boolean isAdministrator() {
		return role == Role.ADMINISTRATOR;
	}

	public boolean isCoordinator() {
		return role == Role.COORDINATOR;
	}

	/** The roles of a signed-in person; the public is not signed in. */
	public enum Role {
		ADMINISTRATOR, COORDINATOR, MEMBER
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
