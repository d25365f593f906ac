package no.samhald.platform.security;

import java.time.Duration;

import no.samhald.platform.SecretTokens;
import no.samhald.platform.SignedInUser.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that let whoever reads the log at first start choose the first administrator.
 * A link works once, for a day, and only while the installation has no administrator who can
 * sign in; the table keeps only a hash of each link's secret.
 */
@Component
class SetupLinks {

	static final Duration VALIDITY = Duration.ofHours(24);


	private final JdbcClient jdbc;

	private final Accounts accounts;

	SetupLinks(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** A new secret for the link /setup/{secret}. */
	@Transactional
	String issue() {
		String token = SecretTokens.newToken();
		jdbc.sql("delete from setup_link where expires_at <= now()").update();
		jdbc.sql("insert into setup_link (token_hash, expires_at) values (:hash, now() + make_interval(hours => :hours))")
			.param("hash", SecretTokens.hash(token))
			.param("hours", (int) VALIDITY.toHours())
			.update();
		return token;
	}

	boolean isValid(String token) {
		return !accounts.hasAdministratorWhoCanSignIn() && jdbc.sql(
				"select count(*) from setup_link where token_hash = :hash and expires_at > now()")
			.param("hash", SecretTokens.hash(token))
			.query(Integer.class)
			.single() > 0;
	}

	enum Outcome { CREATED, LINK_INVALID, USERNAME_TAKEN }

	/**
	 * Uses the link to create the first administrator, unless the link is unknown, used or
	 * expired, or an administrator exists by now; every link ends with its use. The table lock
	 * makes two people who open links at the same time create one administrator, not two.
	 */
	@Transactional
	Outcome createFirstAdministrator(String token, String username, String displayName, String rawPassword) {
		jdbc.sql("lock table setup_link in exclusive mode").update();
		if (!isValid(token)) {
			return Outcome.LINK_INVALID;
		}
		if (!accounts.createIfAbsent(username, rawPassword, displayName, Role.ADMINISTRATOR, null)) {
			return Outcome.USERNAME_TAKEN;
		}
		jdbc.sql("delete from setup_link").update();
		return Outcome.CREATED;
	}

}
