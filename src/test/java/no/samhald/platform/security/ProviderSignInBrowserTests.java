package no.samhald.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.TestOidcProvider;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sign-in with an OpenID Connect provider in Chromium, against a real provider in the
 * test JVM ({@link TestOidcProvider}) whose ID token carries the claims each test sets.
 */
@SamhaldTest
class ProviderSignInBrowserTests {

	private static final String KOORDINATOR_EMAIL = "koordinator@samhald.example";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityKey identityKey;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void theSignInPageOffersTheProviderInTheReadersLanguageBesidesThePassword() {
		browser.open("/login");
		assertThat(browser.text(".sign-in-providers a")).isEqualTo("Ansattporten – for tilsette i kommunar og sjukehus");
		assertThat(browser.find(".sign-in-providers a").getDomAttribute("href")).isEqualTo("/oauth2/authorization/ansattporten");
		assertThat(browser.findAll("#password")).hasSize(1);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.open("/login?lang=en");
		assertThat(browser.text(".sign-in-providers a")).isEqualTo("Ansattporten – for staff of municipalities and hospitals");
	}

	@Test
	void aVerifiedEmailOfAnAccountLinksTheIdentityAndLandsTheCoordinatorInTheirCommunity() {
		String subject = newSubject();
		String pid = newPid();
		TestOidcProvider.nextSignIn(subject, Map.of("email", "Koordinator@Samhald.Example", "email_verified", true,
				"pid", pid, "name", "Ingrid Fjærestad"));

		signInWithProvider();

		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane");
		assertThat(browser.text(".account .who .name")).isEqualTo("Ingrid Fjærestad");
		assertThat(linkedUsername(subject)).isEqualTo("koordinator");
		assertThat(sessionPrincipalName()).as("the session is indexed by the username, as after a password")
			.isEqualTo("koordinator");
		assertThat(lastAudit("koordinator", "account.identity-linked")).isEqualTo("ansattporten, by verified e-mail");
		assertThat(lastAudit("koordinator", "signin.provider")).isEqualTo("ansattporten");
		assertNeitherStoredInClear(subject, pid);
	}

	@Test
	void theNextSignInOfTheSameIdentityGoesByItsLinkEvenWithoutAnEmail() {
		String subject = newSubject();
		TestOidcProvider.nextSignIn(subject, Map.of("email", KOORDINATOR_EMAIL, "email_verified", true));
		signInWithProvider();
		browser.clickAndWait(".account button[type=submit]");
		assertThat(browser.findAll(".account")).isEmpty();

		TestOidcProvider.nextSignIn(subject, Map.of());
		signInWithProvider();

		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane");
		assertThat(browser.text(".account .who .name")).isEqualTo("Ingrid Fjærestad");
		browser.open("/sogn-og-fjordane/forums");
		assertThat(browser.findAll(".page-heading a.button")).as("the coordinator's new-forum button").hasSize(1);
	}

	@Test
	void anUnverifiedEmailIsNotEnoughAndGetsThePageThatAsksForAnInvitation() {
		String subject = newSubject();
		TestOidcProvider.nextSignIn(subject, Map.of("email", KOORDINATOR_EMAIL, "email_verified", false));

		signInWithProvider();

		assertThat(browser.currentPath()).isEqualTo("/login/unknown");
		assertThat(browser.text("h1")).isEqualTo("Vi kjenner deg ikkje");
		assertThat(browser.pageText()).contains("Ein koordinator i helsefellesskapet ditt må invitere deg.");
		assertThat(browser.findAll(".account")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		assertThat(linkedUsername(subject)).isNull();
	}

	@Test
	void anUnknownIdentityGetsThePageInTheReadersLanguageAndNoAccount() {
		String subject = newSubject();
		String email = "unknown-" + subject + "@samhald.example";
		String pid = newPid();
		browser.open("/login?lang=en");
		TestOidcProvider.nextSignIn(subject, Map.of("email", email, "email_verified", true, "pid", pid,
				"name", "Unknown " + subject));

		signInWithProvider();

		assertThat(browser.currentPath()).isEqualTo("/login/unknown");
		assertThat(browser.text("h1")).isEqualTo("We do not know you");
		assertThat(browser.findAll(".account")).isEmpty();
		assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(:email) or display_name = :name")
			.param("email", email)
			.param("name", "Unknown " + subject)
			.query(Integer.class)
			.single()).as("accounts created").isZero();
		assertThat(linkedUsername(subject)).isNull();
		assertNeitherStoredInClear(subject, pid);
	}

	@Test
	void aLockedAccountDoesNotSignInWithAProviderEither() {
		String username = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, UUID.randomUUID().toString(), "Test " + username, Role.MEMBER,
				"sogn-og-fjordane");
		accounts.setEmail(username, username + "@samhald.example");
		jdbc.sql("update account set locked_until = now() + interval '15 minutes' where username = :username")
			.param("username", username)
			.update();
		TestOidcProvider.nextSignIn(newSubject(), Map.of("email", username + "@samhald.example", "email_verified", true));

		signInWithProvider();

		assertThat(browser.currentPath()).isEqualTo("/login?error");
		assertThat(browser.findAll(".account")).isEmpty();
		assertThat(identitiesOf(username)).isZero();
	}

	@Test
	void theAuthorizationRequestCarriesAProofKeyThoughTheClientHasASecret() throws Exception {
		var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<Void> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/ansattporten")).build(),
				HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(TestOidcProvider.issuer())
			.contains("code_challenge=")
			.contains("code_challenge_method=S256")
			.contains("response_type=code");
	}

	private void signInWithProvider() {
		browser.open("/login");
		browser.clickAndWait(".sign-in-providers a");
	}

	private static String newSubject() {
		return UUID.randomUUID().toString();
	}

	/** Eleven digits, as a national identity number, unique to the test so that finding it anywhere means it was stored. */
	private static String newPid() {
		return String.format("%011d", ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
	}

	private void assertNeitherStoredInClear(String subject, String pid) {
		for (String secret : new String[] { subject, pid }) {
			assertThat(jdbc.sql("""
					select count(*) from account_identity where issuer like :like or subject_hash like :like
					""").param("like", "%" + secret + "%").query(Integer.class).single())
				.as("%s in the identities", secret).isZero();
			assertThat(jdbc.sql("select count(*) from audit_entry where concat(actor, subject, detail) like :like")
				.param("like", "%" + secret + "%").query(Integer.class).single())
				.as("%s in the audit", secret).isZero();
			assertThat(jdbc.sql("""
					select count(*) from spring_session_attributes
					where position(convert_to(:secret, 'UTF8') in attribute_bytes) > 0
					""").param("secret", secret).query(Integer.class).single())
				.as("%s in a session", secret).isZero();
		}
	}

	/** The account the identity is linked to, found by its keyed hash as the application finds it. */
	private String linkedUsername(String subject) {
		return jdbc.sql("""
				select a.username from account_identity i join account a on a.id = i.account_id
				where i.issuer = :issuer and i.subject_hash = :hash
				""")
			.param("issuer", TestOidcProvider.issuer())
			.param("hash", identityKey.hash(TestOidcProvider.issuer(), subject))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private int identitiesOf(String username) {
		return jdbc.sql("""
				select count(*) from account_identity i join account a on a.id = i.account_id where a.username = :username
				""").param("username", username).query(Integer.class).single();
	}

	private String lastAudit(String actor, String action) {
		return jdbc.sql("select detail from audit_entry where actor = :actor and action = :action order by id desc limit 1")
			.param("actor", actor)
			.param("action", action)
			.query(String.class)
			.single();
	}

	/** The principal name Spring Session indexed the browser's session under. */
	private String sessionPrincipalName() {
		String cookie = browser.driver().manage().getCookieNamed("SESSION").getValue();
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		return jdbc.sql("select principal_name from spring_session where session_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
