package no.samhald.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementKind;
import no.samhald.agreement.AgreementStatus;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.SaveAgreement;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.Measures;
import no.samhald.plan.ReportStatus;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Measure owners are reminded of status reports by the plan's reporting dates, and coordinators
 * and the revision forum's secretary of agreements due for review; each step once, in the
 * person's own language. Plans and agreements are the test's own, dated years ahead, so that no
 * demo plan's reporting date and no other test's data is reminded of.
 */
@SamhaldTest
class StatusAndReviewRemindersIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	StatusReportReminders statusReports;

	@Autowired
	ReviewReminders reviews;

	@Autowired
	ActionPlans plans;

	@Autowired
	Measures measures;

	@Autowired
	Agreements agreements;

	@Autowired
	Forums forums;

	@Autowired
	AccountLinks links;

	@Autowired
	Accounts accounts;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	Communities communities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportingDatesAreTheFirstOfJuneAndDecemberWithinThePlan() {
		ActionPlan plan = new ActionPlan(1L, 1L, null, null, "Plan", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30),
				null, "", 0);
		assertThat(plan.reportingDates()).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 1),
				LocalDate.of(2026, 6, 1));
		assertThat(plan.reportingPeriodStart(LocalDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(plan.reportingPeriodStart(LocalDate.of(2025, 12, 1))).isEqualTo(LocalDate.of(2025, 6, 1));
	}

	@Test
	void theOwnerIsRemindedFourteenDaysBeforeAndOnTheDayOnceEach() throws Exception {
		Community community = sogn();
		String owner = Owners.newAccount(accounts, jdbc, "eigar");
		ActionPlan plan = Owners.plan(plans, community, 2031);
		Measure measure = Owners.measure(plans, measures, links, community, plan, owner);
		LocalDate june = LocalDate.of(2031, 6, 1);

		assertThat(of(measure, statusReports.remind(june.minusDays(15)))).isEmpty();
		assertThat(of(measure, statusReports.remind(june.minusDays(14))))
			.containsExactly(new StatusReportReminders.Reminder(measure.id(), owner, june, "before-14"));
		assertThat(of(measure, statusReports.remind(june.minusDays(14)))).as("not twice on one day").isEmpty();
		assertThat(of(measure, statusReports.remind(june.minusDays(13)))).as("nor the next day").isEmpty();
		assertThat(of(measure, statusReports.remind(june)))
			.containsExactly(new StatusReportReminders.Reminder(measure.id(), owner, june, "due"));
		assertThat(of(measure, statusReports.remind(june))).isEmpty();

		String link = "/sogn-og-fjordane/plans/" + plan.id() + "/measures/" + measure.id();
		MimeMessage soon = arrived(Owners.email(owner), link, "innan 01.06.2031");
		assertThat(soon.getSubject()).isEqualTo("Statusrapport for tiltak innan 01.06.2031");
		assertThat(MailTexts.plain(soon)).contains("http://localhost:8080" + link, "Rapporter status")
			.doesNotContain(measure.title());
		assertThat(arrived(Owners.email(owner), link, "fristen er nådd").getSubject()).contains("01.06.2031");
	}

	@Test
	void theReminderOnTheDayGoesOutOnTheNextRunWhenTheJobDidNotRunThatDay() {
		Community community = sogn();
		String owner = Owners.newAccount(accounts, jdbc, "seineigar");
		ActionPlan plan = Owners.plan(plans, community, 2032);
		Measure measure = Owners.measure(plans, measures, links, community, plan, owner);
		LocalDate june = LocalDate.of(2032, 6, 1);

		assertThat(of(measure, statusReports.remind(june.plusDays(3))))
			.containsExactly(new StatusReportReminders.Reminder(measure.id(), owner, june, "due"));
		assertThat(of(measure, statusReports.remind(june.plusDays(4)))).isEmpty();
		assertThat(StatusReportReminders.step(june.plusDays(7), june)).as("a week later it is no longer sent").isNull();
	}

	@Test
	void aMeasureReportedSinceThePreviousReportingDateOrClosedIsNotRemindedOf() {
		Community community = sogn();
		String owner = Owners.newAccount(accounts, jdbc, "eigar");
		ActionPlan plan = Owners.plan(plans, community, 2031);
		Measure reported = Owners.measure(plans, measures, links, community, plan, owner);
		Measure waiting = Owners.measure(plans, measures, links, community, plan, owner);
		Measure completed = Owners.measure(plans, measures, links, community, plan, owner);
		SignedIn.asCoordinator(() -> measures.report(community, reported.id(),
				new ReportStatus(LocalDate.of(2031, 6, 10), MeasureStatus.IN_PROGRESS, "Godt i gang.")));
		SignedIn.asCoordinator(() -> measures.report(community, completed.id(),
				new ReportStatus(LocalDate.of(2031, 5, 10), MeasureStatus.COMPLETED, "Ferdig.")));

		List<StatusReportReminders.Reminder> december = statusReports.remind(LocalDate.of(2031, 12, 1));

		assertThat(of(reported, december)).as("reported after 1 June").isEmpty();
		assertThat(of(completed, december)).as("closed").isEmpty();
		assertThat(of(waiting, december)).extracting(StatusReportReminders.Reminder::username).containsExactly(owner);
	}

	@Test
	void mailIsInTheLanguageThePersonSavedTheirChoicesIn() throws Exception {
		Community community = sogn();
		String owner = Owners.newAccount(accounts, jdbc, "owner");
		ActionPlan plan = Owners.plan(plans, community, 2031);
		Measure measure = Owners.measure(plans, measures, links, community, plan, owner);
		SignedIn.as(owner, Role.MEMBER, community.slug());
		try {
			preferences.saveMine(Map.of(MailKind.DEVIATION_REPORTED, Delivery.AT_ONCE), Locale.ENGLISH);
			assertThat(preferences.myLanguage()).contains(Locale.ENGLISH);
		}
		finally {
			SignedIn.out();
		}

		statusReports.remind(LocalDate.of(2031, 11, 20));

		MimeMessage mail = arrived(Owners.email(owner), "/measures/" + measure.id(), "Status report");
		assertThat(mail.getSubject()).isEqualTo("Status report on a measure due by 01.12.2031");
		assertThat(MailTexts.plain(mail)).contains("Report status", "You own a measure");
		assertThat(MailTexts.html(mail)).contains("<html lang=\"en\">");
	}

	@Test
	void coordinatorsAndTheRevisionForumsSecretaryAreToldSixtyDaysBeforeAndWhenTheReviewDateHasPassed() throws Exception {
		Community community = sogn();
		LocalDate reviewDue = LocalDate.of(2032, 3, 15);
		Agreement agreement = agreement(community, reviewDue, AgreementStatus.IN_FORCE);

		assertThat(of(agreement, reviews.remind(reviewDue.minusDays(61)))).isEmpty();
		assertThat(of(agreement, reviews.remind(reviewDue.minusDays(60)))).containsExactlyInAnyOrder(
				new ReviewReminders.Reminder(agreement.id(), "koordinator", "before-60"),
				new ReviewReminders.Reminder(agreement.id(), "sekretar", "before-60"));
		assertThat(of(agreement, reviews.remind(reviewDue.minusDays(30)))).as("once at 60 days").isEmpty();
		assertThat(of(agreement, reviews.remind(reviewDue))).isEmpty();
		assertThat(of(agreement, reviews.remind(reviewDue.plusDays(1)))).containsExactlyInAnyOrder(
				new ReviewReminders.Reminder(agreement.id(), "koordinator", "passed"),
				new ReviewReminders.Reminder(agreement.id(), "sekretar", "passed"));
		assertThat(of(agreement, reviews.remind(reviewDue.plusDays(40)))).as("once when passed").isEmpty();

		String link = "/sogn-og-fjordane/agreements/" + agreement.id();
		assertThat(arrived("sekretar@samhald.example", link, "innan").getSubject())
			.isEqualTo("Avtale skal gjennomgåast innan 15.03.2032");
		assertThat(arrived("koordinator@samhald.example", link, "passert").getSubject())
			.isEqualTo("Fristen for å gjennomgå ein avtale er passert (15.03.2032)");
	}

	@Test
	void anExpiredAgreementIsNotRemindedOf() {
		LocalDate reviewDue = LocalDate.of(2032, 3, 15);
		Agreement expired = agreement(sogn(), reviewDue, AgreementStatus.EXPIRED);

		assertThat(of(expired, reviews.remind(reviewDue.minusDays(60)))).isEmpty();
		assertThat(of(expired, reviews.remind(reviewDue.plusDays(1)))).isEmpty();
	}

	private Agreement agreement(Community community, LocalDate reviewDue, AgreementStatus status) {
		long fsu = forums.all(community.id())
			.stream()
			.filter(f -> f.name().equals("Fagleg samarbeidsutval"))
			.findFirst()
			.orElseThrow()
			.id();
		return SignedIn.asCoordinator(() -> agreements.create(community, new SaveAgreement(AgreementKind.ROUTINE, null,
				"Testrutine " + UUID.randomUUID(), "", status, fsu, reviewDue, 0)));
	}

	private static List<StatusReportReminders.Reminder> of(Measure measure, List<StatusReportReminders.Reminder> sent) {
		return sent.stream().filter(r -> r.measureId() == measure.id()).toList();
	}

	private static List<ReviewReminders.Reminder> of(Agreement agreement, List<ReviewReminders.Reminder> sent) {
		return sent.stream().filter(r -> r.agreementId() == agreement.id()).toList();
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
