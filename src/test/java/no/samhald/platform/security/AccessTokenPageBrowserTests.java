package no.samhald.platform.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class AccessTokenPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aPersonMakesATokenSeesItOnceAndRevokesIt() {
		String username = "tokenpage-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Tina Token", Role.MEMBER, "sogn-og-fjordane");
		var browser = new Browser(port).reset().signIn(username, "right-password").open("/");
		browser.clickAndWait("#own-account");
		browser.clickAndWait("a[href='/account/tokens']");
		assertThat(browser.pageText()).contains("Du har ingen nøklar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.text("#name-error")).isNotBlank();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.type("#name", "Rapportverktøy");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.text("#new-token")).startsWith(AccessTokens.PREFIX);
		assertThat(browser.pageText()).contains("Rapportverktøy", "Aldri");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.clickAndWait("table form button[type=submit]");
		assertThat(browser.pageText()).contains("trekt tilbake").doesNotContain(AccessTokens.PREFIX);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void theSignInsPageRemovesALinkedIdentityAndSignsOutEverywhere() {
		String username = "signinpage-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Sigrid Innlogging", Role.MEMBER, "sogn-og-fjordane");
		jdbc.sql("insert into account_identity (account_id, issuer, subject_hash) select id, :issuer, :hash from account"
				+ " where username = :username")
			.param("issuer", no.samhald.TestOidcProvider.issuer()).param("hash", "page-" + username)
			.param("username", username).update();
		var browser = new Browser(port).reset().signIn(username, "right-password").open("/account/password");
		browser.clickAndWait("a[href='/account/sign-ins']");
		assertThat(browser.pageText()).contains("Ansattporten");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.clickAndWait("table form button[type=submit]");
		assertThat(browser.pageText()).contains("Innlogginga er fjerna", "ikkje kopla til nokon");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/login?signedOutEverywhere");
		assertThat(browser.pageText()).contains("logga ut på alle einingar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
