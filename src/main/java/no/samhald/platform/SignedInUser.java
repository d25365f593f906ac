package no.samhald.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person: their base role and, unless administrator, the one community they belong
 * to, and the scoped roles they hold besides (partner contact, forum secretary, measure owner).
 */
public class SignedInUser extends User {

	private final String displayName;

	private final Role role;

	private final String communitySlug;

	private final Long personId;

	private final List<Grant> grants;

	public SignedInUser(String username, String passwordHash, boolean locked, String displayName, Role role,
			String communitySlug, Long personId, List<Grant> scopedGrants) {
		super(username, passwordHash, true, true, true, !locked,
				List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.displayName = displayName;
		this.role = role;
		this.communitySlug = communitySlug;
		this.personId = personId;
		var all = new ArrayList<Grant>();
		all.add(new Grant(role, communitySlug, null));
		all.addAll(scopedGrants);
		this.grants = List.copyOf(all);
	}

	public SignedInUser(String username, String passwordHash, boolean locked, String displayName, Role role,
			String communitySlug, Long personId) {
		this(username, passwordHash, locked, displayName, role, communitySlug, personId, List.of());
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

	/** Every role this person holds, the base role first. */
	public List<Grant> grants() {
		return grants;
	}

	/** Whether the person holds the role in the community for that scope (partner, forum or measure id). */
	public boolean holds(Role role, String communitySlug, long scopeId) {
		return grants.stream()
			.anyMatch(grant -> grant.role() == role && communitySlug.equals(grant.communitySlug())
					&& Long.valueOf(scopeId).equals(grant.scopeId()));
	}

	/**
	 * The roles of a signed-in person; the public is not signed in. The first three are base
	 * roles (an account has one); the scoped ones are held besides it, each for one partner,
	 * forum or measure.
	 */
	public enum Role {
		ADMINISTRATOR, COORDINATOR, MEMBER, PARTNER_CONTACT, FORUM_SECRETARY, MEASURE_OWNER;

		public boolean isScoped() {
			return this == PARTNER_CONTACT || this == FORUM_SECRETARY || this == MEASURE_OWNER;
		}
	}

	/**
	 * One role with its scope: the community (none for an administrator) and, if scoped, the
	 * partner, forum or measure id. Serializable because the signed-in user is kept in the session
	 * table.
	 */
	public record Grant(Role role, String communitySlug, Long scopeId) implements java.io.Serializable {
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
