package no.samhald.work;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.SignedInUser;

/**
 * The secret addresses of personal calendar feeds. A token is 32 random bytes; only its SHA-256
 * hash is stored, so the address is shown once, when made, and renewing it makes the old one
 * worthless.
 */
@Service
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

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
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into work_calendar_feed (username, token_hash, renewed_at) values (:username, :hash, :at)
				on conflict (username) do update set token_hash = excluded.token_hash, renewed_at = excluded.renewed_at
				""")
			.param("username", user.getUsername())
			.param("hash", hash(token))
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
			.param("hash", hash(token))
			.query(String.class)
			.optional();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
