package no.samhald.platform.security;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class AccountPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorGivesAMemberASignInAndTheMemberChangesTheirPassword() {
		String username = "nyttmedlem" + UUID.randomUUID().toString().substring(0, 6);
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/accounts");
		browser.find("#displayName").sendKeys("Nora Vestrheim");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys("kort");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.text("#password-error")).contains("12");
		assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#password").sendKeys("eit-langt-passord");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.pageText()).contains("Kontoen er oppretta", username);
		browser.open("/sogn-og-fjordane/audit");
		assertThat(browser.pageText()).contains("account.created", "account " + username);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.reset().signIn(username, "eit-langt-passord").open("/account/password");
		browser.find("#currentPassword").sendKeys("feil-passord-heilt");
		browser.find("#newPassword").sendKeys("eit-nytt-passord-123");
		browser.find("#repeatPassword").sendKeys("eit-nytt-passord-123");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text("#currentPassword-error")).contains("noverande passordet er feil");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#currentPassword").sendKeys("eit-langt-passord");
		browser.find("#newPassword").sendKeys("eit-nytt-passord-123");
		browser.find("#repeatPassword").sendKeys("eit-nytt-passord-123");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.pageText()).contains("Passordet er endra");
		browser.reset().signIn(username, "eit-nytt-passord-123");
		assertThat(browser.pageText()).contains("Nora Vestrheim");
	}

	@Test
	void aMemberCannotManageAccounts() {
		browser.signIn("medlem", "samhald-demo").open("/sogn-og-fjordane/accounts");
		assertThat(browser.find("h1").getText()).isEqualTo("Du har ikkje tilgang");
	}

}
