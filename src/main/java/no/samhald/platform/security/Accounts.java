package no.samhald.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

/** Sign-in accounts and the lock-out after repeated failed sign-ins. */
@Component
public class Accounts {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	Optional<SignedInUser> find(String username) {
		return jdbc.sql("""
				select username, password_hash, display_name, role, community_slug, locked_until, person_id
				from account where lower(username) = lower(:username)
				""")
			.param("username", username)
			.query((rs, n) -> {
				var lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
				return new SignedInUser(rs.getString("username"), rs.getString("password_hash"), locked,
						rs.getString("display_name"), Role.valueOf(rs.getString("role")),
						rs.getString("community_slug"), rs.getObject("person_id", Long.class));
			})
			.optional();
	}

	/** Creates the account unless one with that name, in any case, exists; returns whether it was created. */
	@Transactional
	public boolean createIfAbsent(String username, String rawPassword, String displayName, Role role,
			String communitySlug) {
		return jdbc.sql("""
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
	}

	/**
	 * Counts a failure; once a lock-out has expired the count starts again from one, or a single
	 * wrong guess after the lock-out would lock the account for another period.
	 */
	@Transactional
	void recordFailure(String username) {
		jdbc.sql("""
				update account set failed_attempts = counted.attempts,
				  locked_until = case when counted.attempts >= :max then now() + make_interval(mins => :minutes)
				                      when account.locked_until > now() then account.locked_until end
				from (select id, case when locked_until <= now() then 1 else failed_attempts + 1 end as attempts
				      from account where lower(username) = lower(:username)) counted
				where account.id = counted.id
				""")
			.param("max", MAX_FAILED_ATTEMPTS)
			.param("minutes", (int) LOCK_DURATION.toMinutes())
			.param("username", username)
			.update();
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

	boolean exists(String username) {
		return jdbc.sql("select count(*) from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional
	void unlock(String username, String communitySlug) {
		jdbc.sql("""
				update account set failed_attempts = 0, locked_until = null
				where lower(username) = lower(:username) and community_slug = :community
				""")
			.param("username", username)
			.param("community", communitySlug)
			.update();
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

	@Transactional
	void changePassword(String username, String rawPassword) {
		jdbc.sql("update account set password_hash = :hash where lower(username) = lower(:username)")
			.param("hash", passwordEncoder.encode(rawPassword))
			.param("username", username)
			.update();
	}

}
