package no.samhald.platform;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class SignInBrowserTests {

	private static final String FAILED = "Brukarnamnet eller passordet er feil, eller kontoen er mellombels låst etter for mange mislukka forsøk. Prøv igjen, eller vent 15 minutt.";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorSignsInSeesTheirNameAndSignsOut() {
		browser.signIn("koordinator", "samhald-demo");
		assertThat(browser.text(".account .who .name")).isEqualTo("Ingrid Fjærestad");

		browser.open("/sogn-og-fjordane/forums");
		assertThat(browser.findAll(".page-heading a.button")).as("the new-forum button").hasSize(1);

		browser.clickAndWait(".account button[type=submit]");
		assertThat(browser.findAll(".account")).isEmpty();
		assertThat(browser.text("main .alert")).isEqualTo("Du er logga ut.");
		browser.open("/sogn-og-fjordane/forums");
		assertThat(browser.findAll(".page-heading a.button")).isEmpty();
	}

	@Test
	void aWrongPasswordAndAnUnknownNameGetTheSameMessageThatDoesNotSayWhichPartWasWrong() {
		String username = newAccount();

		browser.signIn(username, "not-the-password");
		assertThat(browser.currentPath()).isEqualTo("/login?error");
		String wrongPassword = browser.text("main .alert");

		browser.signIn("nobody-" + UUID.randomUUID(), "not-the-password");
		String unknownName = browser.text("main .alert");

		assertThat(wrongPassword).isEqualTo(unknownName).isEqualTo(FAILED);
		assertThat(browser.findAll(".account")).isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void anAccountIsLockedAfterFiveFailedSignInsEvenForTheRightPasswordWithoutSayingSo() {
		String username = newAccount();
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(username, "wrong-" + attempt);
		}

		browser.signIn(username, "right-password");

		// The same answer as for a wrong password, so that locking reveals no user names.
		assertThat(browser.currentPath()).isEqualTo("/login?error");
		assertThat(browser.text("main .alert")).isEqualTo(FAILED);
		assertThat(browser.findAll(".account")).isEmpty();
	}

	@Test
	void aFailedSignInBeforeTheLimitDoesNotStopTheRightPasswordLater() {
		String username = newAccount();
		browser.signIn(username, "wrong");
		browser.signIn(username, "right-password");
		assertThat(browser.text(".account .who .name")).isEqualTo("Test " + username);
	}

	/** An account of this test's own, so that failed sign-ins never lock an account other tests use. */
	private String newAccount() {
		String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Test " + username, Role.MEMBER, "sogn-og-fjordane");
		return username;
	}

}
