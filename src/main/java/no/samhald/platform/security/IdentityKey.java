package no.samhald.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installation's key for hashing identities at providers (HMAC-SHA256), so that a subject
 * that is or derives from a national identity number is never stored in clear and cannot be
 * found again by hashing every possible number without the key. Configured with
 * {@code samhald.identity-key} (kept outside the database, so that a copy of the database alone
 * reveals nothing); without it a random key is generated once and kept in the database, which
 * still keeps the numbers out of the tables but not away from whoever holds the whole database.
 */
@Component
class IdentityKey {

	private static final Logger log = LoggerFactory.getLogger(IdentityKey.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcClient jdbc;

	private final String configured;

	private volatile SecretKeySpec key;

	IdentityKey(JdbcClient jdbc, @Value("${samhald.identity-key:}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	/** The keyed hash of an identity at an issuer, as hex. */
	String hash(String issuer, String subject) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			// The separator cannot occur in a URL, so no two (issuer, subject) pairs hash alike.
			byte[] digest = mac.doFinal((issuer + "\u0000" + subject).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SecretKeySpec key() {
		if (key == null) {
			key = new SecretKeySpec(keyBytes(), ALGORITHM);
		}
		return key;
	}

	private byte[] keyBytes() {
		if (!configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		log.warn("No samhald.identity-key (SAMHALD_IDENTITY_KEY) is set: identities at sign-in providers are hashed "
				+ "with a key kept in the database. Set one, kept apart from the database and its backups.");
		String random = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
		jdbc.sql("insert into identity_key (id, key) values (1, :key) on conflict (id) do nothing")
			.param("key", random)
			.update();
		return jdbc.sql("select key from identity_key where id = 1").query(String.class).single()
			.getBytes(StandardCharsets.UTF_8);
	}

}
