package no.samhald.invitation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestOidcProvider;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation accepted by signing in with a provider, the whole way in Chromium: the mailed
 * link, the provider's button, the provider's sign-in, and the person lands in the community with
 * the invited role; the link then works never again, and the identity signs in by its link.
 */
@SamhaldTest
class InvitationByProviderBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@LocalServerPort
	int port;

	@Autowired
	Invitations invitations;

	@Autowired
	RoleScopes scopes;

	@Autowired
	Communities communities;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void anInvitedPersonSignsInWithAProviderOnceAndIsTheHospitalsContactFromThenOn() throws Exception {
		String email = "pia" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long helseForde = scopes.choices(sogn, Role.PARTNER_CONTACT)
			.stream()
			.filter(scope -> scope.name().equals("Helse Førde"))
			.findFirst()
			.orElseThrow()
			.id();
		SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Pia Provider", email, "nn", Role.MEMBER,
				List.of(new InvitedRole(Role.PARTNER_CONTACT, helseForde)))));
		String link = "/invitations/" + InvitationIntegrationTests.tokenIn(mailTo(email));
		String subject = UUID.randomUUID().toString();
		// The provider does not vouch for the e-mail: the invitation alone links the identity.
		TestOidcProvider.nextSignIn(subject, Map.of("email", email, "email_verified", false, "name", "Pia Provider"));

		var browser = new Browser(port).reset().open(link);
		browser.clickAndWait("form[action$='/providers/" + TestOidcProvider.REGISTRATION_ID + "'] button");

		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane");
		assertThat(browser.findAll(".account")).hasSize(1);
		String username = jdbc.sql("select username from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(String.class)
			.single();
		assertThat(jdbc.sql("""
				select count(*) from account_role r join account a on a.id = r.account_id
				where a.username = :username and r.role = 'PARTNER_CONTACT' and r.scope_id = :partner
				""").param("username", username).param("partner", helseForde).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from account_identity i join account a on a.id = i.account_id where a.username = :username")
			.param("username", username)
			.query(Integer.class)
			.single()).isOne();

		browser.reset().open(link);
		assertThat(browser.findAll("#reason")).as("the used link says why it does not work").hasSize(1);

		TestOidcProvider.nextSignIn(subject, Map.of());
		browser.open("/login").clickAndWait(".sign-in-providers a");
		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane");
		assertThat(browser.findAll(".account")).hasSize(1);
	}

	private MimeMessage mailTo(String email) throws Exception {
		smtp.waitForIncomingEmail(5000, 1);
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> recipient(message).equals(email))
			.findFirst()
			.orElseThrow();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
