package no.samhald.platform.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.SecretTokens;

/**
 * Personal access tokens: an API client sends one as {@code Authorization: Bearer <token>} and
 * acts as the person who created it, with the roles the person holds at the time of the call.
 * A token is 32 random bytes; only its SHA-256 is stored (a value that random needs no salt or
 * stretching: it cannot be guessed from its hash), and the token itself is shown once. A token
 * works until the end of its expiry day (at most a year ahead) or until it is revoked.
 */
@Component
class AccessTokens {

	/** Marks a Samhald token, so that a secret scanner and a person can tell what leaked. */
	static final String PREFIX = "samhald_";

	static final int MAX_DAYS = 366;


	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A token as its owner sees it in the list; never the token or its hash. */
	record TokenSummary(long id, String name, ZonedDateTime createdAt, LocalDate expiresOn, ZonedDateTime lastUsedAt,
			ZonedDateTime revokedAt, boolean expired) {

		public boolean usable() {
			return revokedAt == null && !expired;
		}

	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The latest expiry date a new token may have. */
	LocalDate latestExpiry() {
		return today().plusDays(MAX_DAYS);
	}

	/** Creates a token for the account and returns it; this is the only time it can be read. */
	@Transactional
	String create(String username, String name, LocalDate expiresOn) {
		if (expiresOn.isBefore(today()) || expiresOn.isAfter(latestExpiry())) {
			throw new IllegalArgumentException("Expiry outside today.." + latestExpiry());
		}
		String token = PREFIX + SecretTokens.newToken();
		var created = jdbc.sql("""
				insert into access_token (account_id, name, token_hash, expires_on)
				select id, :name, :hash, :expires from account where lower(username) = lower(:username)
				returning id, (select community_slug from account where lower(username) = lower(:username))
				""")
			.param("name", name)
			.param("hash", SecretTokens.hash(token))
			.param("expires", expiresOn)
			.param("username", username)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		audit.record((String) created[1], "account.token-created", "account " + username,
				"token " + created[0] + ", expires " + expiresOn);
		return token;
	}

	/** Revokes one of the account's own tokens; returns whether a usable one was revoked. */
	@Transactional
	boolean revoke(String username, long id) {
		var community = jdbc.sql("""
				update access_token t set revoked_at = now() from account a
				where t.id = :id and t.account_id = a.id and lower(a.username) = lower(:username)
				  and t.revoked_at is null
				returning a.community_slug
				""")
			.param("id", id)
			.param("username", username)
			.query(String.class)
			.list();
		if (community.isEmpty()) {
			return false;
		}
		audit.record(community.get(0), "account.token-revoked", "account " + username, "token " + id);
		return true;
	}

	/** Revokes every usable token of the account (signing out everywhere); returns how many. */
	@Transactional
	int revokeAll(String username) {
		return jdbc.sql("""
				update access_token t set revoked_at = now() from account a
				where t.account_id = a.id and lower(a.username) = lower(:username) and t.revoked_at is null
				""")
			.param("username", username)
			.update();
	}

	List<TokenSummary> of(String username) {
		return jdbc.sql("""
				select t.id, t.name, t.created_at, t.expires_on, t.last_used_at, t.revoked_at
				from access_token t join account a on a.id = t.account_id
				where lower(a.username) = lower(:username) order by t.created_at desc, t.id desc
				""")
			.param("username", username)
			.query((rs, n) -> {
				LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
				return new TokenSummary(rs.getLong("id"), rs.getString("name"), instant(rs.getTimestamp("created_at")),
						expiresOn, instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")),
						expiresOn.isBefore(today()));
			})
			.list();
	}

	/**
	 * The account a token presented by a client belongs to, if the token is known, not revoked
	 * and not expired; the use is noted (last used) in the same statement.
	 */
	@Transactional
	Optional<String> usernameFor(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update access_token t set last_used_at = now() from account a
				where t.token_hash = :hash and t.account_id = a.id
				  and t.revoked_at is null and t.expires_on >= :today
				returning a.username
				""")
			.param("hash", SecretTokens.hash(token))
			.param("today", today())
			.query(String.class)
			.optional();
	}

	private ZonedDateTime instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().atZone(clock.getZone());
	}

}
