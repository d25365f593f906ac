package no.samhald.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.consultation.Consultation;
import no.samhald.consultation.ConsultationOpened;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.DocumentKind;
import no.samhald.consultation.Respondent;
import no.samhald.consultation.Responses;
import no.samhald.consultation.SaveAnswers;
import no.samhald.consultation.SaveConsultation;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contacts of the partners asked and the secretaries of the forums asked are told when a round
 * opens (a round about a file once its file is uploaded), and reminded once from seven days before
 * the deadline unless their answer is in.
 */
@SamhaldTest
@RecordApplicationEvents
class ConsultationNotificationIntegrationTests {

	@Autowired
	ApplicationEvents applicationEvents;

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Consultations consultations;

	@Autowired
	Responses responses;

	@Autowired
	ConsultationReminders reminders;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	Forums forums;

	@Autowired
	AccountLinks accountLinks;

	@Test
	void thoseAskedAreToldWhenTheRoundOpensAndRemindedOnceAWeekBeforeUnlessTheyHaveAnswered() throws Exception {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long kinn = partners.all(sogn.id()).stream().filter(p -> "Kinn".equals(p.shortName())).findFirst().orElseThrow().id();
		long fsu = forums.all(sogn.id()).stream().filter(f -> "FSU".equals(f.shortName())).findFirst().orElseThrow().id();
		LocalDate deadline = LocalDate.now().plusDays(30);
		String title = "Varslingstest " + UUID.randomUUID();
		Consultation round = SignedIn.asCoordinator(() -> consultations.open(sogn, new SaveConsultation(title, "",
				DocumentKind.NONE, null, null, null, List.of("Kva meiner de?"), List.of(kinn), List.of(fsu), deadline,
				false, null, 0)));

		String kinnLink = "/sogn-og-fjordane/consultations/" + round.id() + "/partners/" + kinn;
		MimeMessage opened = arrived("kinn@samhald.example", kinnLink, title);
		assertThat(opened.getSubject()).contains("Høyring", title, DeviationNotifications.date(deadline));
		assertThat(MailTexts.plain(opened)).contains("http://localhost:8080" + kinnLink, "Les høyringa og svar");
		arrived("sekretar@samhald.example", "/consultations/" + round.id() + "/forums/" + fsu, title);

		SignedIn.asCoordinator(() -> responses.answer(sogn, round.id(), Respondent.partner(kinn),
				new SaveAnswers(List.of("Svar frå Kinn"), true, 0)));
		assertThat(of(round, reminders.remind(deadline.minusDays(8)))).isEmpty();
		assertThat(of(round, reminders.remind(deadline.minusDays(7))))
			.containsExactly(new ConsultationReminders.Reminder(round.id(), Respondent.forum(fsu), "sekretar"));
		assertThat(of(round, reminders.remind(deadline.minusDays(6)))).as("once").isEmpty();
		assertThat(arrived("sekretar@samhald.example", "/forums/" + fsu, "Påminning").getSubject())
			.isEqualTo("Påminning: høyringsfrist " + DeviationNotifications.date(deadline) + " – " + title);
	}

	/**
	 * A person who answers for two partners, and for a forum, asked in one round is reminded of each
	 * answer still due (each mail links to its own answer form), as collections do since V13_6.
	 */
	@Test
	void aPersonAnsweringForTwoPartnersAndAForumIsRemindedOfEach() {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long kinn = partners.all(sogn.id()).stream().filter(p -> "Kinn".equals(p.shortName())).findFirst().orElseThrow().id();
		long sunnfjord = partners.all(sogn.id()).stream().filter(p -> "4647".equals(p.municipalityCode())).findFirst()
			.orElseThrow().id();
		long fsu = forums.all(sogn.id()).stream().filter(f -> "FSU".equals(f.shortName())).findFirst().orElseThrow().id();
		LocalDate deadline = LocalDate.now().plusDays(40);
		Consultation round = SignedIn.asCoordinator(() -> consultations.open(sogn, new SaveConsultation(
				"Påminning for fleire " + UUID.randomUUID(), "", DocumentKind.NONE, null, null, null, List.of("Kva meiner de?"),
				List.of(kinn, sunnfjord), List.of(fsu), deadline, false, null, 0)));
		accountLinks.grant("kinn", Role.PARTNER_CONTACT, sogn.slug(), sunnfjord);
		accountLinks.grant("kinn", Role.FORUM_SECRETARY, sogn.slug(), fsu);
		try {
			assertThat(of(round, reminders.remind(deadline.minusDays(7))).stream().filter(r -> r.username().equals("kinn")))
				.containsExactlyInAnyOrder(new ConsultationReminders.Reminder(round.id(), Respondent.partner(kinn), "kinn"),
						new ConsultationReminders.Reminder(round.id(), Respondent.partner(sunnfjord), "kinn"),
						new ConsultationReminders.Reminder(round.id(), Respondent.forum(fsu), "kinn"));
			assertThat(of(round, reminders.remind(deadline.minusDays(6)))).as("once for each").isEmpty();
			for (String path : List.of("/partners/" + kinn, "/partners/" + sunnfjord, "/forums/" + fsu)) {
				arrived("kinn@samhald.example", "/consultations/" + round.id() + path, "Påminning");
			}
		}
		finally {
			accountLinks.revoke("kinn", Role.PARTNER_CONTACT, sogn.slug(), sunnfjord);
			accountLinks.revoke("kinn", Role.FORUM_SECRETARY, sogn.slug(), fsu);
		}
	}

	@Test
	void aRoundAboutAFileIsAnnouncedOnceItsFileIsUploadedNotBefore() {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		long kinn = partners.all(sogn.id()).stream().filter(p -> "Kinn".equals(p.shortName())).findFirst().orElseThrow().id();
		String title = "Filvarsel " + UUID.randomUUID();
		Consultation round = SignedIn.asCoordinator(() -> consultations.open(sogn, new SaveConsultation(title, "",
				DocumentKind.FILE, null, null, null, List.of("Kva meiner de?"), List.of(kinn), List.of(),
				LocalDate.now().plusDays(30), false, null, 0)));
		assertThat(announced(round)).as("nothing to read yet").isZero();

		var pdf = new SaveConsultation.UploadedFile("utkast.pdf", "%PDF-1.4 utkast".getBytes(StandardCharsets.US_ASCII));
		upload(sogn, round, pdf);
		assertThat(announced(round)).isEqualTo(1);
		upload(sogn, round, pdf);
		assertThat(announced(round)).as("a replaced file is not announced again").isEqualTo(1);
		arrived("kinn@samhald.example", "/consultations/" + round.id() + "/partners/" + kinn, title);
	}

	private void upload(Community sogn, Consultation round, SaveConsultation.UploadedFile file) {
		SignedIn.asCoordinator(() -> {
			consultations.uploadDocument(sogn, round.id(), file);
			return round;
		});
	}

	private long announced(Consultation round) {
		return applicationEvents.stream(ConsultationOpened.class).filter(e -> e.consultationId() == round.id()).count();
	}

	private static List<ConsultationReminders.Reminder> of(Consultation round, List<ConsultationReminders.Reminder> sent) {
		return sent.stream().filter(r -> r.consultationId() == round.id()).toList();
	}

	private static MimeMessage arrived(String to, String path, String subject) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> MailTexts.find(smtp, to, path, subject), Optional::isPresent)
			.orElseThrow();
	}

}
