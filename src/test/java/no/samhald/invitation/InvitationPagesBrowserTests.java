package no.samhald.invitation;

import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class InvitationPagesBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorInvitesAndTheInvitedPersonAcceptsOnceWithoutLosingWhatTheyTyped() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "vilde" + unique + "@example.org";
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/accounts");
		browser.clickAndWait("a[href='/sogn-og-fjordane/invitations']");
		assertThat(browser.text("h1")).isEqualTo("Invitasjonar og roller");

		browser.find("#name").sendKeys("Vilde Aase");
		browser.find("#email").sendKeys("ikkje-ei-adresse");
		browser.choose("#partnerId", "Helse Førde");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.find("#email-error").isDisplayed()).isTrue();
		assertThat(browser.value("#name")).isEqualTo("Vilde Aase");
		assertThat(browser.chosen("#partnerId")).isEqualTo("Helse Førde");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#email").clear();
		browser.find("#email").sendKeys(email);
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.pageText()).contains("Invitasjonen er send.", "Vilde Aase", email, "Helse Førde");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		smtp.waitForIncomingEmail(5000, 1);
		MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> address(m).equals(email))
			.findFirst()
			.orElseThrow();
		String link = "/invitations/" + InvitationIntegrationTests.tokenIn(mail);

		browser.reset().open(link);
		assertThat(browser.pageText()).contains("Vilde Aase", "Kontaktperson for partnar: Helse Førde");
		assertThat(browser.value("#displayName")).isEqualTo("Vilde Aase");
		String username = "vilde" + unique;
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys("kort");
		browser.find("#repeatPassword").sendKeys("kort");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text("#password-error")).contains("12");
		assertThat(browser.value("#username")).isEqualTo(username);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#password").sendKeys("vilde-sitt-lange-passord");
		browser.find("#repeatPassword").sendKeys("vilde-sitt-lange-passord");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.pageText()).contains("Invitasjonen er teken imot", username);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.open(link);
		assertThat(browser.text("h1")).isEqualTo("Lenkja verkar ikkje");
		assertThat(browser.text("#reason")).contains("berre brukast éin gong");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.signIn(username, "vilde-sitt-lange-passord");
		assertThat(browser.pageText()).contains("Vilde Aase");
	}

	@Test
	void aMemberAndAnotherCommunitysCoordinatorAreRefused() {
		browser.signIn("medlem", "samhald-demo").open("/sogn-og-fjordane/invitations");
		assertThat(browser.find("h1").getText()).isEqualTo("Du har ikkje tilgang");
		browser.reset().signIn("vestfold", "samhald-demo").open("/sogn-og-fjordane/invitations");
		assertThat(browser.find("h1").getText()).isEqualTo("Du har ikkje tilgang");
	}

	private static String address(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
