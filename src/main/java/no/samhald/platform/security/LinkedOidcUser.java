package no.samhald.platform.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import no.samhald.platform.SignedInUser;

/**
 * A provider's identity with the Samhald account it belongs to, for the moment between the
 * provider's answer and {@link ProviderSignInSuccess}, which signs the account in. It never
 * reaches the session: its tokens and claims (a national identity number among them) stay out.
 */
class LinkedOidcUser extends DefaultOidcUser {

	private final transient SignedInUser account;

	private final String provider;

	LinkedOidcUser(OidcUser identity, SignedInUser account, String provider) {
		super(account.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
		this.account = account;
		this.provider = provider;
	}

	SignedInUser account() {
		return account;
	}

	String provider() {
		return provider;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
