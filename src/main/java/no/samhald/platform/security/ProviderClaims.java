package no.samhald.platform.security;

import java.util.Optional;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What Samhald reads of a provider's identity: the issuer and subject (hashed before they are
 * stored), the e-mail if the provider has verified it, and a name for a new account. The
 * national identity number ({@code pid}) is not read at all.
 */
record ProviderClaims(String provider, String issuer, String subject, Optional<String> verifiedEmail,
		String displayName) {

	ProviderClaims(String provider, OidcUser identity) {
		this(provider, String.valueOf(identity.getIssuer()), identity.getSubject(), verifiedEmail(identity),
				displayName(identity));
	}

	/**
	 * Only an e-mail the provider vouches for ({@code email_verified} true): an unverified one
	 * could be anybody's, and would let its typist into that person's account.
	 */
	private static Optional<String> verifiedEmail(OidcUser identity) {
		Object verified = identity.getClaims().get("email_verified");
		boolean isVerified = Boolean.TRUE.equals(verified) || "true".equals(verified);
		String email = identity.getEmail();
		return isVerified && email != null && !email.isBlank() ? Optional.of(email.strip()) : Optional.empty();
	}

	private static String displayName(OidcUser identity) {
		if (identity.getFullName() != null && !identity.getFullName().isBlank()) {
			return identity.getFullName();
		}
		String joined = String.join(" ", Optional.ofNullable(identity.getGivenName()).orElse(""),
				Optional.ofNullable(identity.getFamilyName()).orElse("")).strip();
		return joined.isEmpty() ? identity.getEmail() : joined;
	}

}
