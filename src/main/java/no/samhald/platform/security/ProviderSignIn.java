package no.samhald.platform.security;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.samhald.platform.InvitationRedeemer;
import no.samhald.platform.SignedInUser;

/**
 * Finds the Samhald account of a person signed in at an OpenID Connect provider, after Spring
 * has checked the provider's tokens. In this order: an identity linked before; an invitation
 * being accepted in this session (its token in {@link InvitationRedeemer#SESSION_ATTRIBUTE});
 * a verified e-mail equal to an account's. An identity found by the latter two is linked, so the
 * next sign-in needs neither. Nobody else gets in, and no account is created here. A locked
 * account does not sign in.
 */
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The error for an identity that is linked to no account and cannot be linked. */
	static final String UNKNOWN_IDENTITY = "samhald_unknown_identity";

	static final String LOCKED = "samhald_account_locked";

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final Accounts accounts;

	private final ProviderIdentities identities;

	private final ObjectProvider<InvitationRedeemer> invitations;

	ProviderSignIn(Accounts accounts, ProviderIdentities identities, ObjectProvider<InvitationRedeemer> invitations) {
		this(new OidcUserService(), accounts, identities, invitations);
	}

	ProviderSignIn(OAuth2UserService<OidcUserRequest, OidcUser> provider, Accounts accounts,
			ProviderIdentities identities, ObjectProvider<InvitationRedeemer> invitations) {
		this.provider = provider;
		this.accounts = accounts;
		this.identities = identities;
		this.invitations = invitations;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser identity = provider.loadUser(request);
		var claims = new ProviderClaims(request.getClientRegistration().getRegistrationId(), identity);
		Found found = identities.linkedUsername(claims.issuer(), claims.subject())
			.map(username -> new Found(username, null))
			.or(() -> byInvitation(claims))
			.or(() -> byVerifiedEmail(claims))
			.orElseThrow(() -> unknown(claims));
		SignedInUser account = accounts.find(found.username()).orElseThrow(() -> unknown(claims));
		if (!account.isAccountNonLocked()) {
			identities.recordRefused(account.communitySlug(), "account " + account.getUsername(), claims.provider(),
					"account locked");
			throw new OAuth2AuthenticationException(new OAuth2Error(LOCKED));
		}
		if (found.how() != null) {
			identities.link(account, claims.provider(), claims.issuer(), claims.subject(), found.how());
		}
		return new LinkedOidcUser(identity, account, claims.provider());
	}

	/** An account and how the identity came to it; null if it was linked before. */
	private record Found(String username, String how) {
	}

	private Optional<Found> byInvitation(ProviderClaims claims) {
		HttpSession session = currentSession();
		InvitationRedeemer redeemer = invitations.getIfAvailable();
		if (session == null || redeemer == null
				|| !(session.getAttribute(InvitationRedeemer.SESSION_ATTRIBUTE) instanceof String token)) {
			return Optional.empty();
		}
		// Used once, whatever comes of it: the link in the mail is not to be tried again in this session.
		session.removeAttribute(InvitationRedeemer.SESSION_ATTRIBUTE);
		return redeemer.redeemForProvider(token, claims.verifiedEmail().orElse(null), claims.displayName())
			.map(username -> new Found(username, "by invitation"));
	}

	private Optional<Found> byVerifiedEmail(ProviderClaims claims) {
		return claims.verifiedEmail()
			.flatMap(identities::usernameWithEmail)
			.map(username -> new Found(username, "by verified e-mail"));
	}

	private OAuth2AuthenticationException unknown(ProviderClaims claims) {
		identities.recordRefused(null, "unknown identity", claims.provider(), "linked to no account");
		return new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_IDENTITY));
	}

	private static HttpSession currentSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(false);
		}
		return null;
	}

}
