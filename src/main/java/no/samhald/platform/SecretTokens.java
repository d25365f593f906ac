package no.samhald.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one way to make and check a secret link or token (invitations, setup links, personal
 * access tokens, calendar feeds, LIS1 wish links): 256 random bits, URL-safe, and its SHA-256
 * hash, which is all the database keeps of it: a stolen copy of the database opens no link. A
 * hash without salt or stretching is enough for 256 random bits (unlike for passwords).
 */
public final class SecretTokens {

	private static final SecureRandom random = new SecureRandom();

	private SecretTokens() {
	}

	public static String newToken() {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

}
