package no.samhald.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.deviation.AnswerDeviation;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationReported;
import no.samhald.deviation.Deviations;
import no.samhald.notification.DeadlineReminders.Reminder;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SamhaldTest
class DeviationNotificationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Deviations deviations;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportedDeviationIsMailedToTheReceivingPartnersContactWithTheLinkButNotTheText() throws Exception {
		Community community = sogn();
		Deviation report = Reports.toHelseForde(deviations, partners, community);

		assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
		MimeMessage mail = arrived("sjukehus@samhald.example", "/deviations/" + report.id(), "Nytt");

		assertThat(mail.getSubject()).startsWith("Nytt samhandlingsavvik");
		assertThat(MailTexts.plain(mail)).contains("http://localhost:8080/sogn-og-fjordane/deviations/" + report.id())
			.contains(DeviationNotifications.date(report.answerDue()))
			.doesNotContain(Reports.SECRET_TEXT, report.reporterReference(), "medlem");
		assertThat(publicationsOf(report)).as("handled, and recorded as handled, by the listener")
			.isNotEmpty()
			.allSatisfy(completed -> assertThat(completed).isTrue());
		assertThat(MailTexts.html(mail)).contains("<a href=\"http://localhost:8080/sogn-og-fjordane/deviations/" + report.id() + "\"")
			.doesNotContain(Reports.SECRET_TEXT);
	}

	@Test
	void theReporterIsToldWhenTheDeviationIsAnswered() throws Exception {
		Community community = sogn();
		Deviation report = Reports.toHelseForde(deviations, partners, community);
		SignedIn.asCoordinator(() -> deviations.answer(community, report.id(),
				new AnswerDeviation("Rutinen for legemiddelsamstemming er endra.", null, report.version())));

		assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
		MimeMessage mail = arrived("medlem@samhald.example", "/deviations/" + report.id(), "");
		assertThat(mail.getSubject()).isEqualTo("Samhandlingsavviket du melde, er svara");
		assertThat(MailTexts.plain(mail) + MailTexts.html(mail)).doesNotContain("Rutinen for legemiddelsamstemming");
	}

	@Test
	void theContactIsRemindedFiveDaysBeforeOnceAndTheCoordinatorToWhenAWeekOverdue() throws Exception {
		Community community = sogn();
		Deviation report = Reports.toHelseForde(deviations, partners, community);
		LocalDate fiveDaysBefore = report.answerDue().minusDays(5);

		assertThat(remindersOf(report, reminders.remind(fiveDaysBefore)))
			.containsExactly(new Reminder(report.id(), "sjukehus", "before-5"));
		assertThat(remindersOf(report, reminders.remind(fiveDaysBefore))).isEmpty();
		assertThat(remindersOf(report, reminders.remind(fiveDaysBefore.plusDays(1)))).isEmpty();
		MimeMessage soon = arrived("sjukehus@samhald.example", "/deviations/" + report.id(), "Svarfristen");
		assertThat(soon.getSubject()).contains(DeviationNotifications.date(report.answerDue()));

		List<Reminder> weekOverdue = remindersOf(report, reminders.remind(report.answerDue().plusDays(8)));
		assertThat(weekOverdue).contains(new Reminder(report.id(), "sjukehus", "overdue-1"),
				new Reminder(report.id(), "koordinator", "overdue-1"));
		assertThat(remindersOf(report, reminders.remind(report.answerDue().plusDays(9)))).isEmpty();
		assertThat(remindersOf(report, reminders.remind(report.answerDue().plusDays(14))))
			.contains(new Reminder(report.id(), "koordinator", "overdue-2"));
		assertThat(arrived("koordinator@samhald.example", "/deviations/" + report.id(), "utan svar").getSubject())
			.contains(DeviationNotifications.date(report.answerDue()));
	}

	@Test
	void aStepWhoseDayTheJobMissedGoesOutOnTheNextRunButNeverTwoStepsAtOnce() throws Exception {
		Community community = sogn();
		Deviation report = Reports.toHelseForde(deviations, partners, community);
		LocalDate due = report.answerDue();

		assertThat(remindersOf(report, reminders.remind(due.minusDays(3))))
			.containsExactly(new Reminder(report.id(), "sjukehus", "before-5"));
		assertThat(remindersOf(report, reminders.remind(due.plusDays(2)))).as("no run on the due day")
			.containsExactly(new Reminder(report.id(), "sjukehus", "due"));
		assertThat(remindersOf(report, reminders.remind(due.plusDays(3)))).isEmpty();
		assertThat(arrived("sjukehus@samhald.example", "/deviations/" + report.id(), "nådd").getSubject())
			.contains(DeviationNotifications.date(due));

		Deviation other = Reports.toHelseForde(deviations, partners, community);
		assertThat(remindersOf(other, reminders.remind(other.answerDue().plusDays(9))))
			.as("nothing ran for two weeks: only the latest step")
			.containsExactlyInAnyOrder(new Reminder(other.id(), "sjukehus", "overdue-1"),
					new Reminder(other.id(), "koordinator", "overdue-1"));
		assertThat(remindersOf(other, reminders.remind(other.answerDue().plusDays(10)))).isEmpty();
	}

	@Test
	void anAnsweredDeviationIsNotRemindedOf() {
		Community community = sogn();
		Deviation report = Reports.toHelseForde(deviations, partners, community);
		SignedIn.asCoordinator(() -> deviations.answer(community, report.id(),
				new AnswerDeviation("Svart.", null, report.version())));

		assertThat(remindersOf(report, reminders.remind(report.answerDue()))).isEmpty();
	}

	/** Whether each publication of the report's {@code DeviationReported} event was completed. */
	private List<Boolean> publicationsOf(Deviation report) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select completion_date is not null from event_publication
					where event_type = :type and serialized_event like :id
					""")
				.param("type", DeviationReported.class.getName())
				.param("id", "%\"deviationId\":" + report.id() + ",%")
				.query(Boolean.class)
				.list(), list -> !list.isEmpty() && !list.contains(false));
	}

	private static List<Reminder> remindersOf(Deviation report, List<Reminder> sent) {
		return sent.stream().filter(r -> r.deviationId() == report.id()).toList();
	}

	/** The mail to {@code to} that links to {@code path} with a subject holding {@code subject}, once it has arrived. */
	@Test
	void aDeviationToAHospitalIsMailedToTheContactOfTheTrustAboveIt() throws Exception {
		Deviation report = Reports.report(deviations, partners, sogn(), "Kinn", "Lærdal sjukehus");

		assertThat(arrived("sjukehus@samhald.example", "/deviations/" + report.id(), "Nytt").getSubject())
			.startsWith("Nytt samhandlingsavvik");
	}

	static MimeMessage arrived(String to, String path, String subject) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> MailTexts.find(smtp, to, path, subject), Optional::isPresent)
			.orElseThrow();
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

}
