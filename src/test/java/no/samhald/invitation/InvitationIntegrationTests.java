package no.samhald.invitation;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AccountCreation;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvitationRedeemer;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
class InvitationIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

	private static final String PASSWORD = "eit-langt-passord-for-test";

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationRedeemer redeemer;

	@Autowired
	RoleScopes scopes;

	@Autowired
	Communities communities;

	@Autowired
	AccountCreation accountCreation;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Access access;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void theInvitedPersonGetsAMailWithALinkThatGivesAnAccountWithTheRolesOnce() throws Exception {
		Community sogn = sogn();
		long partner = scopes.choices(sogn, Role.PARTNER_CONTACT).get(0).id();
		long measure = scopes.choices(sogn, Role.MEASURE_OWNER).get(0).id();
		String email = unique("gunn") + "@example.org";
		Invitation invitation = SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Gunn Nes", email, "en",
				Role.MEMBER, List.of(new InvitedRole(Role.PARTNER_CONTACT, partner), new InvitedRole(Role.MEASURE_OWNER, measure)))));

		MimeMessage mail = mailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Invitation to " + sogn.name() + " in Samhald");
		String token = tokenIn(mail);
		assertThat(jdbc.sql("select token_hash from invitation where id = :id").param("id", invitation.id())
			.query(String.class).single()).isNotEqualTo(token).hasSize(64);
		assertThat(jdbc.sql("select plain_text from mail_outbox where recipient = :email and kind = 'INVITATION'")
			.param("email", email).query(String.class).single())
			.as("the outbox does not keep a sent invitation's link").isEmpty();
		assertThat(SignedIn.asCoordinator(() -> invitations.pending(sogn))).extracting(Invitation::id).contains(invitation.id());

		String username = unique("gunn");
		invitations.acceptWithNewAccount(token, new NewSignIn(username, "Gunn Nes", PASSWORD, PASSWORD));

		SignedInUser account = (SignedInUser) users.loadUserByUsername(username);
		assertThat(passwordEncoder.matches(PASSWORD, account.getPassword())).isTrue();
		signInAs(account);
		assertThat(access.isMemberOf(SignedIn.SOGN)).isTrue();
		assertThat(access.canActForPartner(SignedIn.SOGN, partner)).isTrue();
		assertThat(access.canReportOnMeasure(SignedIn.SOGN, measure)).isTrue();
		assertThat(access.canCoordinate(SignedIn.SOGN)).isFalse();
		assertThat(accountCreation.withEmail(email)).get().extracting(AccountCreation.ExistingAccount::username).isEqualTo(username);

		assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, new NewSignIn(unique("andre"), "Andre", PASSWORD, PASSWORD)))
			.isInstanceOfSatisfying(InvitationUnusableException.class,
					ex -> assertThat(ex.reason()).isEqualTo(InvitationState.ACCEPTED));
		assertThat(redeemer.redeemForProvider(token, unique("x") + "@example.org", "X")).isEmpty();
		assertThat(SignedIn.asCoordinator(() -> invitations.pending(sogn))).extracting(Invitation::id).doesNotContain(invitation.id());
		assertThat(audit.latest(SignedIn.SOGN, 200)).filteredOn(e -> e.subject().equals("invitation " + invitation.id()))
			.extracting(AuditLog.Entry::action)
			.containsExactlyInAnyOrder("invitation.sent", "invitation.accepted");
		assertThat(audit.latest(SignedIn.SOGN, 200)).filteredOn(e -> e.subject().equals("invitation " + invitation.id()))
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain("Gunn", email));
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		Community sogn = sogn();
		String email = unique("eldre") + "@example.org";
		Invitation invitation = SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Eldre Lenkje", email, "nn",
				Role.MEMBER, List.of())));
		String token = tokenIn(mailTo(email));
		jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where id = :id").param("id", invitation.id()).update();

		assertThatThrownBy(() -> invitations.open(token)).isInstanceOfSatisfying(InvitationUnusableException.class,
				ex -> assertThat(ex.reason()).isEqualTo(InvitationState.EXPIRED));
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, new NewSignIn(unique("eldre"), "Eldre", PASSWORD, PASSWORD)))
			.isInstanceOf(InvitationUnusableException.class);
		assertThat(accountCreation.withEmail(email)).isEmpty();
	}

	@Test
	void aRevokedLinkIsRefusedAndTheRevocationLogged() throws Exception {
		Community sogn = sogn();
		String email = unique("angra") + "@example.org";
		Invitation invitation = SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Angra Seg", email, "nb",
				Role.COORDINATOR, List.of())));
		String token = tokenIn(mailTo(email));

		SignedIn.asCoordinator(() -> {
			invitations.revoke(sogn, invitation.id());
			return null;
		});

		assertThatThrownBy(() -> invitations.open(token)).isInstanceOfSatisfying(InvitationUnusableException.class,
				ex -> assertThat(ex.reason()).isEqualTo(InvitationState.REVOKED));
		assertThat(redeemer.redeemForProvider(token, email, "Angra Seg")).isEmpty();
		assertThat(accountCreation.withEmail(email)).isEmpty();
		assertThat(audit.latest(SignedIn.SOGN, 200)).filteredOn(e -> e.subject().equals("invitation " + invitation.id()))
			.extracting(AuditLog.Entry::action)
			.contains("invitation.revoked");
	}

	@Test
	void onlyTheCoordinatorsOfTheCommunityInviteListAndRevoke() {
		Community sogn = sogn();
		Invitation invitation = SignedIn.asCoordinator(() -> invitations.invite(sogn,
				new Invite("Nokon", unique("nokon") + "@example.org", "nn", Role.MEMBER, List.of())));
		Invite invite = new Invite("Ukjend", unique("ukjend") + "@example.org", "nn", Role.COORDINATOR, List.of());
		for (String[] who : new String[][] { { "medlem", "MEMBER", SignedIn.SOGN }, { "vestfold", "COORDINATOR", "vestfold" } }) {
			SignedIn.as(who[0], Role.valueOf(who[1]), who[2]);
			assertThatThrownBy(() -> invitations.invite(sogn, invite)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> invitations.pending(sogn)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> invitations.revoke(sogn, invitation.id())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> invitations.accounts(sogn)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> invitations.revokeRole(sogn, "sjukehus", Role.PARTNER_CONTACT, 1))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void anExistingAccountOfTheEmailGetsTheRolesAfterItsPasswordAndAWrongOneLeavesTheInvitationOpen() throws Exception {
		Community sogn = sogn();
		String username = unique("finst");
		String email = username + "@example.org";
		accountCreation.create(new AccountCreation.NewAccount(username, PASSWORD, "Finst Alt", email, Role.MEMBER, SignedIn.SOGN));
		long forum = scopes.choices(sogn, Role.FORUM_SECRETARY).get(0).id();
		SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Finst Alt", email.toUpperCase(), "nn",
				Role.COORDINATOR, List.of(new InvitedRole(Role.FORUM_SECRETARY, forum)))));
		String token = tokenIn(mailTo(email));

		assertThatThrownBy(() -> invitations.acceptWithExistingAccount(token, "feil-passord-heilt", "127.0.0.1"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(invitations.open(token)).isNotNull();
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, new NewSignIn(unique("ny"), "Ny", PASSWORD, PASSWORD)))
			.isInstanceOf(InvalidInputException.class);

		assertThat(invitations.acceptWithExistingAccount(token, PASSWORD, "127.0.0.1")).isEqualTo(username);
		SignedInUser account = (SignedInUser) users.loadUserByUsername(username);
		assertThat(account.role()).isEqualTo(Role.COORDINATOR);
		assertThat(account.holds(Role.FORUM_SECRETARY, SignedIn.SOGN, forum)).isTrue();

		SignedIn.asCoordinator(() -> {
			invitations.revokeRole(sogn, username, Role.FORUM_SECRETARY, forum);
			return null;
		});
		assertThat(((SignedInUser) users.loadUserByUsername(username)).holds(Role.FORUM_SECRETARY, SignedIn.SOGN, forum)).isFalse();
	}

	@Test
	void aNewSignInKeepsThePasswordRulesAndTakenNames() throws Exception {
		Community sogn = sogn();
		String email = unique("regel") + "@example.org";
		SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Regel Rett", email, "nn", Role.MEMBER, List.of())));
		String token = tokenIn(mailTo(email));

		assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, new NewSignIn("KOORDINATOR", "R", "samhald-demo", "annleis")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(InvalidInputException.FieldProblem::messageKey)
				.containsExactlyInAnyOrder("account.username.taken", "account.password.demo", "account.password.mismatch"));
		String tooLong = "æ".repeat(37);
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, new NewSignIn(unique("r"), "R", tooLong, tooLong)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(InvalidInputException.FieldProblem::messageKey).containsExactly("account.password.tooLong"));
		assertThat(invitations.open(token)).isNotNull();
	}

	@Test
	void aProviderSignInCreatesTheAccountOnceWithTheVerifiedEmail() throws Exception {
		Community sogn = sogn();
		String email = unique("ekstern") + "@example.org";
		long measure = scopes.choices(sogn, Role.MEASURE_OWNER).get(0).id();
		SignedIn.asCoordinator(() -> invitations.invite(sogn, new Invite("Ekstern Person", email, "nn", Role.MEMBER,
				List.of(new InvitedRole(Role.MEASURE_OWNER, measure)))));
		String token = tokenIn(mailTo(email));
		String verified = unique("verifisert") + "@example.org";

		String username = redeemer.redeemForProvider(token, verified, "Ekstern Person").orElseThrow();

		SignedInUser account = (SignedInUser) users.loadUserByUsername(username);
		assertThat(account.holds(Role.MEASURE_OWNER, SignedIn.SOGN, measure)).isTrue();
		assertThat(accountCreation.withEmail(verified)).get().extracting(AccountCreation.ExistingAccount::username)
			.isEqualTo(username);
		assertThat(redeemer.redeemForProvider(token, verified, "Ekstern Person")).isEmpty();
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private void signInAs(SignedInUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private MimeMessage mailTo(String email) throws Exception {
		smtp.waitForIncomingEmail(5000, 1);
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
				return message;
			}
		}
		throw new AssertionError("No mail to " + email);
	}

	static String tokenIn(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher((String) mail.getContent());
		assertThat(link.find()).as("the mail holds the link").isTrue();
		return link.group(1);
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

}
