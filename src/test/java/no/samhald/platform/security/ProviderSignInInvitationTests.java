package no.samhald.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.samhald.SamhaldTest;
import no.samhald.TestOidcProvider;
import no.samhald.platform.InvitationRedeemer;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invitation rule of {@link ProviderSignIn}: the invitation module is not part of platform,
 * so a redeemer of this test's own stands in for it, against the real accounts and identities.
 */
@SamhaldTest
class ProviderSignInInvitationTests {

	private static final String TOKEN = "invitation-" + UUID.randomUUID();

	@Autowired
	Accounts accounts;

	@Autowired
	ProviderIdentities identities;

	@Autowired
	ClientRegistrationRepository registrations;

	@Autowired
	JdbcClient jdbc;

	private final List<String> redeemedWith = new ArrayList<>();

	private final MockHttpServletRequest browser = new MockHttpServletRequest();

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void anInvitationInTheSessionLinksTheIdentityToTheAccountItNamesAndIsUsedOnce() {
		String username = newAccount();
		String subject = UUID.randomUUID().toString();
		browser.getSession().setAttribute(InvitationRedeemer.SESSION_ATTRIBUTE, TOKEN);

		var signedIn = (LinkedOidcUser) signIn(username, subject, Map.of("email", "any@samhald.example",
				"email_verified", false, "name", "Kari Nordmann"));

		assertThat(signedIn.account().getUsername()).isEqualTo(username);
		assertThat(redeemedWith).as("no unverified e-mail is passed on").containsExactly(TOKEN + "|null|Kari Nordmann");
		assertThat(browser.getSession().getAttribute(InvitationRedeemer.SESSION_ATTRIBUTE)).isNull();
		assertThat(identities.linkedUsername(TestOidcProvider.issuer(), subject)).contains(username);
		assertThat(jdbc.sql("select detail from audit_entry where actor = :actor and action = 'account.identity-linked'")
			.param("actor", username)
			.query(String.class)
			.list()).containsExactly("ansattporten, by invitation");
	}

	@Test
	void anInvitationThatTheRedeemerRefusesLeavesTheIdentityUnknown() {
		String username = newAccount();
		String subject = UUID.randomUUID().toString();
		browser.getSession().setAttribute(InvitationRedeemer.SESSION_ATTRIBUTE, "used-or-expired");

		assertThatThrownBy(() -> signIn(username, subject, Map.of()))
			.isInstanceOfSatisfying(OAuth2AuthenticationException.class,
					ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(ProviderSignIn.UNKNOWN_IDENTITY));
		assertThat(identities.linkedUsername(TestOidcProvider.issuer(), subject)).isEmpty();
	}

	/** Signs in as the provider's identity, with a redeemer that knows only {@link #TOKEN}, for the account. */
	private Object signIn(String username, String subject, Map<String, Object> claims) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(browser));
		InvitationRedeemer redeemer = (token, email, name) -> {
			redeemedWith.add(token + "|" + email + "|" + name);
			return TOKEN.equals(token) ? Optional.of(username) : Optional.empty();
		};
		ObjectProvider<InvitationRedeemer> invitations = new StaticListableBeanFactory(Map.of("redeemer", redeemer))
			.getBeanProvider(InvitationRedeemer.class);
		var idToken = OidcIdToken.withTokenValue("id-token")
			.issuer(TestOidcProvider.issuer())
			.subject(subject)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims(all -> all.putAll(claims))
			.build();
		var signIn = new ProviderSignIn(request -> new DefaultOidcUser(List.of(), request.getIdToken()), accounts,
				identities, invitations);
		var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", Instant.now(),
				Instant.now().plusSeconds(60));
		return signIn.loadUser(new OidcUserRequest(registrations.findByRegistrationId(TestOidcProvider.REGISTRATION_ID),
				accessToken, idToken));
	}

	private String newAccount() {
		String username = "invited-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, UUID.randomUUID().toString(), "Test " + username, Role.MEMBER, "sogn-og-fjordane");
		return username;
	}

}
