package no.samhald.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;

/**
 * Sign-in accounts and the lock-out after repeated failed sign-ins. Every change is audited in
 * the transaction that makes it, so there is no change without its entry and no entry without
 * its change.
 */
@Component
public class Accounts {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final OtherSessions otherSessions;

	Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit, OtherSessions otherSessions) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.otherSessions = otherSessions;
	}

	Optional<SignedInUser> find(String username) {
		return jdbc.sql("""
				select id, username, password_hash, display_name, role, community_slug, locked_until, person_id
				from account where lower(username) = lower(:username)
				""")
			.param("username", username)
			.query((rs, n) -> {
				var lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
				return new SignedInUser(rs.getString("username"), rs.getString("password_hash"), locked,
						rs.getString("display_name"), Role.valueOf(rs.getString("role")),
						rs.getString("community_slug"), rs.getObject("person_id", Long.class),
						scopedGrants(rs.getLong("id")));
			})
			.optional();
	}

	private List<Grant> scopedGrants(long accountId) {
		return jdbc.sql("select role, community_slug, scope_id from account_role where account_id = :account order by id")
			.param("account", accountId)
			.query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), rs.getString("community_slug"),
					rs.getObject("scope_id", Long.class)))
			.list();
	}

	/** Creates the account unless one with that name, in any case, exists; returns whether it was created. */
	@Transactional
	public boolean createIfAbsent(String username, String rawPassword, String displayName, Role role,
			String communitySlug) {
		boolean created = jdbc.sql("""
				insert into account (username, password_hash, display_name, role, community_slug)
				values (:username, :hash, :displayName, :role, :community)
				on conflict ((lower(username))) do nothing
				""")
			.param("username", username)
			.param("hash", passwordEncoder.encode(rawPassword))
			.param("displayName", displayName)
			.param("role", role.name())
			.param("community", communitySlug)
			.update() == 1;
		if (created) {
			audit.record(communitySlug, "account.created", "account " + username, role.name());
		}
		return created;
	}

	/**
	 * Counts an attempt before its password is compared, in one update so that parallel attempts
	 * all count; once a lock-out has expired the count starts again from one, or a single wrong
	 * guess after the lock-out would lock the account for another period. Returns whether the
	 * attempt is within the limit (an unknown name is, and fails as unknown).
	 */
	@Transactional
	boolean startAttempt(String username) {
		return jdbc.sql("""
				update account set
				  failed_attempts = case when locked_until <= now() then 1 else failed_attempts + 1 end,
				  locked_until = case when locked_until <= now() then null else locked_until end
				where lower(username) = lower(:username)
				returning failed_attempts
				""")
			.param("username", username)
			.query(Integer.class)
			.optional()
			.map(attempts -> attempts <= MAX_FAILED_ATTEMPTS)
			.orElse(true);
	}

	/**
	 * A failed sign-in (its attempt already counted): audited, and the account locked once the
	 * count has reached the limit. The name is audited only when it is an account's, never what
	 * someone typed (it may be a password typed into the wrong field).
	 */
	@Transactional
	void recordFailure(String username, String address) {
		var account = jdbc.sql("select username, community_slug from account where lower(username) = lower(:username)")
			.param("username", username)
			.query((rs, n) -> new String[] { rs.getString("username"), rs.getString("community_slug") })
			.optional();
		String community = account.map(a -> a[1]).orElse(null);
		String subject = account.map(a -> "account " + a[0]).orElse("unknown account");
		audit.record(community, "signin.failed", subject, "from " + address);
		boolean lockedNow = account.isPresent() && jdbc.sql("""
				update account set locked_until = now() + make_interval(mins => :minutes)
				where lower(username) = lower(:username) and failed_attempts >= :max
				  and (locked_until is null or locked_until <= now())
				""")
			.param("max", MAX_FAILED_ATTEMPTS)
			.param("minutes", (int) LOCK_DURATION.toMinutes())
			.param("username", username)
			.update() == 1;
		if (lockedNow) {
			audit.record(community, "account.locked", subject,
					MAX_FAILED_ATTEMPTS + " failed sign-ins, locked for " + LOCK_DURATION.toMinutes() + " minutes");
		}
	}

	@Transactional
	void recordSuccess(String username) {
		jdbc.sql("update account set failed_attempts = 0, locked_until = null where lower(username) = lower(:username)")
			.param("username", username)
			.update();
	}

	/** An account as the account pages show it; never the password hash. */
	record AccountSummary(String username, String displayName, Role role, String communitySlug, boolean locked) {
	}

	List<AccountSummary> inCommunity(String communitySlug) {
		return jdbc.sql("""
				select username, display_name, role, community_slug, coalesce(locked_until > now(), false) as locked
				from account where community_slug = :community order by display_name
				""")
			.param("community", communitySlug)
			.query((rs, n) -> new AccountSummary(rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getString("community_slug"), rs.getBoolean("locked")))
			.list();
	}

	/** Sets an account's e-mail (for the demo; invitations set it when they create the account). */
	@Transactional
	void setEmail(String username, String email) {
		jdbc.sql("update account set email = :email where lower(username) = lower(:username)")
			.param("email", email)
			.param("username", username)
			.update();
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional
	void unlock(String username, String communitySlug) {
		boolean unlocked = jdbc.sql("""
				update account set failed_attempts = 0, locked_until = null
				where lower(username) = lower(:username) and community_slug = :community
				""")
			.param("username", username)
			.param("community", communitySlug)
			.update() == 1;
		if (unlocked) {
			audit.record(communitySlug, "account.unlocked", "account " + username, "");
		}
	}

	/** Whether the raw password is the account's current one. */
	boolean matches(String username, String rawPassword) {
		return find(username).map(user -> passwordEncoder.matches(rawPassword, user.getPassword())).orElse(false);
	}

	/**
	 * Whether an administrator can sign in outside demo mode, that is, has a password other than
	 * the demo ones. Checked at start and on the setup page only: each check costs a bcrypt hash
	 * per administrator and demo password.
	 */
	boolean hasAdministratorWhoCanSignIn() {
		return jdbc.sql("select password_hash from account where role = 'ADMINISTRATOR'")
			.query(String.class)
			.list()
			.stream()
			.anyMatch(hash -> DemoPasswords.all().stream().noneMatch(demo -> passwordEncoder.matches(demo, hash)));
	}

	/** Sets an administrator's password, creating the administrator if there is none of that name. */
	@Transactional
	void setAdministratorPassword(String username, String rawPassword) {
		if (createIfAbsent(username, rawPassword, username, Role.ADMINISTRATOR, null)) {
			return;
		}
		if (find(username).filter(user -> user.role() == Role.ADMINISTRATOR).isEmpty()) {
			throw new IllegalStateException("The account " + username + " exists and is no administrator; "
					+ "choose another name in SAMHALD_ADMIN_USERNAME");
		}
		changePassword(username, rawPassword);
		recordSuccess(username);
	}

	/**
	 * Sets a new password and ends the person's other sessions: whoever signed in with the old
	 * password (a stolen one, or a shared computer) is signed out; the session that made the
	 * change goes on.
	 */
	@Transactional
	void changePassword(String username, String rawPassword) {
		// An administrator's account has no community: the list holds one null then.
		List<String> community = jdbc.sql("""
				update account set password_hash = :hash where lower(username) = lower(:username)
				returning community_slug
				""")
			.param("hash", passwordEncoder.encode(rawPassword))
			.param("username", username)
			.query(String.class)
			.list();
		if (community.isEmpty()) {
			return;
		}
		audit.record(community.get(0), "account.password", "account " + username, "");
		otherSessions.end(username);
	}

}
