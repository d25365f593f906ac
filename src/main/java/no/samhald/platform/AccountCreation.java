package no.samhald.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.InvitedAccounts;
import no.samhald.platform.security.OtherSessions;

/**
 * Accounts made or found for a person who accepts an invitation: created with their e-mail and
 * base role (scoped roles are then given with {@link AccountLinks#grant}), or the existing
 * account of their e-mail, checked by its password. The password rules are those of every
 * account: at least 12 characters, at most 72 bytes (bcrypt), no demo password.
 */
@Component
public class AccountCreation {

	private final JdbcClient jdbc;

	private final InvitedAccounts accounts;

	private final AuditLog audit;

	private final OtherSessions otherSessions;

	AccountCreation(JdbcClient jdbc, InvitedAccounts accounts, AuditLog audit, OtherSessions otherSessions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.otherSessions = otherSessions;
	}

	/** The account whose e-mail this is (in any case), if there is one. */
	public Optional<ExistingAccount> withEmail(String email) {
		return jdbc.sql("select username, display_name, role, community_slug from account where lower(email) = lower(:email)")
			.param("email", email)
			.query((rs, n) -> new ExistingAccount(rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("community_slug")))
			.optional();
	}

	/** Whether an account has that name, in any case. */
	public boolean usernameTaken(String username) {
		return accounts.exists(username);
	}

	/** The message keys of the password rules a new password breaks; empty when it is fine. */
	public List<String> passwordProblems(String rawPassword) {
		return accounts.passwordProblems(rawPassword);
	}

	/**
	 * Creates the account with its e-mail and base role (member or coordinator) unless the name
	 * is taken; returns whether it was created. Audited.
	 */
	@Transactional
	public boolean create(NewAccount account) {
		if (account.role() != Role.MEMBER && account.role() != Role.COORDINATOR) {
			throw new IllegalArgumentException("An invited account is a member or a coordinator, not " + account.role());
		}
		if (!accounts.passwordProblems(account.rawPassword()).isEmpty()) {
			throw new IllegalArgumentException("The password breaks the password rules");
		}
		return accounts.create(account.username(), account.rawPassword(), account.displayName(), account.email(),
				account.role(), account.communitySlug());
	}

	/** Whether the password is the account's; counted like a sign-in, so that it locks after repeated failures. */
	public boolean checkPassword(String username, String rawPassword, String address) {
		return accounts.checkPassword(username, rawPassword, address);
	}

	/** Makes a member of the community its coordinator; audited, and the person's sessions end. */
	@Transactional
	public boolean makeCoordinator(String username, String communitySlug) {
		boolean raised = jdbc.sql("""
				update account set role = 'COORDINATOR'
				where lower(username) = lower(:username) and community_slug = :community and role = 'MEMBER'
				""")
			.param("username", username)
			.param("community", communitySlug)
			.update() == 1;
		if (raised) {
			audit.record(communitySlug, "account.role-granted", "account " + username, Role.COORDINATOR.name());
			otherSessions.end(username);
		}
		return raised;
	}

	/** The accounts of the community with the scoped roles each holds there, by name. */
	public List<CommunityAccount> ofCommunity(String communitySlug) {
		Map<String, List<Grant>> scoped = new LinkedHashMap<>();
		jdbc.sql("""
				select a.username, r.role, r.scope_id from account_role r join account a on a.id = r.account_id
				where r.community_slug = :community order by r.role, r.scope_id
				""")
			.param("community", communitySlug)
			.query(rs -> {
				scoped.computeIfAbsent(rs.getString("username"), u -> new ArrayList<>())
					.add(new Grant(Role.valueOf(rs.getString("role")), communitySlug, rs.getObject("scope_id", Long.class)));
			});
		return jdbc.sql("""
				select username, display_name, email, role from account
				where community_slug = :community order by display_name, username
				""")
			.param("community", communitySlug)
			.query((rs, n) -> new CommunityAccount(rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), Role.valueOf(rs.getString("role")),
					List.copyOf(scoped.getOrDefault(rs.getString("username"), List.of()))))
			.list();
	}

	/** An account to create: a name of 3–60 letters a–z, digits, '.', '_' or '-'; a password that keeps the rules. */
	public record NewAccount(String username, String rawPassword, String displayName, String email, Role role,
			String communitySlug) {

		@Override
		public String toString() {
			return "NewAccount[" + username + "]";
		}

	}

	/** An account found by its e-mail; administrators have no community. */
	public record ExistingAccount(String username, String displayName, Role role, String communitySlug) {
	}

	/** An account of a community, its base role and its scoped roles there. */
	public record CommunityAccount(String username, String displayName, String email, Role role, List<Grant> scopedRoles) {
	}

}
