package no.samhald.invitation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.AccountCreation;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class InvitationPagesBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	AccountCreation accountCreation;

	@Autowired
	Invitations invitations;

	@Autowired
	RoleScopes scopes;

	@Autowired
	Communities communities;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
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
		assertThat(browser.reachesByTab("form.form button[type=submit]")).as("the Tab key reaches the button").isTrue();
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
	void anExistingAccountAcceptsWithItsPasswordAndTheCoordinatorRevokesARoleAndAnInvitation() throws Exception {
		String username = "finst" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.org";
		accountCreation.create(new AccountCreation.NewAccount(username, "eit-langt-passord-her", "Frida Finst", email,
				Role.MEMBER, SignedIn.SOGN));
		Community sogn = communities.bySlug(SignedIn.SOGN);
		var forum = scopes.choices(sogn, Role.FORUM_SECRETARY).get(0);
		SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Frida Finst", email, "nn", Role.MEMBER,
				List.of(new InvitedRole(Role.FORUM_SECRETARY, forum.id())))));
		String link = "/invitations/" + InvitationIntegrationTests.tokenIn(mailTo(email));

		browser.open(link);
		assertThat(browser.pageText()).contains(username);
		browser.find("#existingPassword").sendKeys("feil-passord-heilt");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.find("#existingPassword-error").isDisplayed()).isTrue();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#existingPassword").sendKeys("eit-langt-passord-her");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.pageText()).contains("Invitasjonen er teken imot", username);

		String otherEmail = "angra" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Invitation revoked = SignedIn.asCoordinator(() -> invitations.invite(sogn,
				new Invite("Angra Seinare", otherEmail, "nn", Role.MEMBER, List.of())));
		String revokedLink = "/invitations/" + InvitationIntegrationTests.tokenIn(mailTo(otherEmail));

		browser.reset().signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/invitations");
		browser.clickAndWait("form[action$='/invitations/roles/revoke'] input[value='" + username + "'] ~ button");
		assertThat(browser.pageText()).contains("Rolla er teken frå kontoen.");
		browser.clickAndWait("form[action$='/invitations/" + revoked.id() + "/revoke'] button");
		assertThat(browser.pageText()).contains("Invitasjonen er trekt tilbake.").doesNotContain(otherEmail);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.reset().open(revokedLink);
		assertThat(browser.text("#reason")).contains("trekt tilbake");
	}

	@Test
	void aMemberAndAnotherCommunitysCoordinatorAreRefused() {
		browser.signIn("medlem", "samhald-demo").open("/sogn-og-fjordane/invitations");
		assertThat(browser.find("h1").getText()).isEqualTo("Du har ikkje tilgang");
		browser.reset().signIn("vestfold", "samhald-demo").open("/sogn-og-fjordane/invitations");
		assertThat(browser.find("h1").getText()).isEqualTo("Du har ikkje tilgang");
	}

	private MimeMessage mailTo(String email) throws Exception {
		smtp.waitForIncomingEmail(5000, 1);
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).equals(email)).findFirst().orElseThrow();
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
