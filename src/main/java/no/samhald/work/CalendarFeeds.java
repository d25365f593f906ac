package no.samhald.work;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.SecretTokens;
import no.samhald.platform.SignedInUser;

/**
 * The secret addresses of personal calendar feeds. A token is 32 random bytes; only its SHA-256
 * hash is stored, so the address is shown once, when made, and renewing it makes the old one
 * worthless.
 */
@Service
public class CalendarFeeds {


	private final JdbcClient jdbc;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Access access, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Makes a new secret token for the signed-in person's feed, replacing any earlier one. */
	@Transactional
	public String renew() {
		SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into work_calendar_feed (username, token_hash, renewed_at) values (:username, :hash, :at)
				on conflict (username) do update set token_hash = excluded.token_hash, renewed_at = excluded.renewed_at
				""")
			.param("username", user.getUsername())
			.param("hash", SecretTokens.hash(token))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.record(user.communitySlug(), "calendarFeed.renewed", "account " + user.getUsername(), "");
		return token;
	}

	/** Whether the signed-in person has made a feed address. */
	public boolean exists() {
		return jdbc.sql("select count(*) from work_calendar_feed where username = :username")
			.param("username", access.currentUsername())
			.query(Integer.class)
			.single() > 0;
	}

	/** The account whose feed the token opens, if it is the current token of one. */
	public Optional<String> ownerOf(String token) {
		return jdbc.sql("select username from work_calendar_feed where token_hash = :hash")
			.param("hash", SecretTokens.hash(token))
			.query(String.class)
			.optional();
	}

}
