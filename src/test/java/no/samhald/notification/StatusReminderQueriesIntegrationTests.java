package no.samhald.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.Statements;
import no.samhald.Statements.Counted;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.Measures;
import no.samhald.plan.ReportStatus;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.security.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status reminder run reads the measures, their latest status and their owners once, not
 * measure by measure (#11): measures that need no reminder cost it no query. The test's own plan
 * of 2035, so that no other test's reporting date is near.
 */
@SamhaldTest
class StatusReminderQueriesIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	StatusReportReminders statusReports;

	@Autowired
	ActionPlans plans;

	@Autowired
	Measures measures;

	@Autowired
	AccountLinks links;

	@Autowired
	Accounts accounts;

	@Autowired
	Communities communities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void measuresReportedOrClosedCostTheRunNoQueries() {
		Community community = communities.bySlug(SignedIn.SOGN);
		String owner = Owners.newAccount(accounts, jdbc, "teljing");
		ActionPlan plan = Owners.plan(plans, community, 2035);
		Measure waiting = Owners.measure(plans, measures, links, community, plan, owner);
		LocalDate twoWeeksBefore = LocalDate.of(2035, 6, 1).minusDays(14);
		assertThat(statusReports.remind(twoWeeksBefore)).extracting(StatusReportReminders.Reminder::measureId)
			.containsExactly(waiting.id());
		Counted<List<StatusReportReminders.Reminder>> once = Statements.count(() -> statusReports.remind(twoWeeksBefore));

		report(community, Owners.measure(plans, measures, links, community, plan, owner), MeasureStatus.IN_PROGRESS);
		report(community, Owners.measure(plans, measures, links, community, plan, owner), MeasureStatus.IN_PROGRESS);
		report(community, Owners.measure(plans, measures, links, community, plan, owner), MeasureStatus.COMPLETED);
		Counted<List<StatusReportReminders.Reminder>> again = Statements.count(() -> statusReports.remind(twoWeeksBefore));

		assertThat(once.result()).isEmpty();
		assertThat(again.result()).isEmpty();
		assertThat(again.statements()).isEqualTo(once.statements());
	}

	private void report(Community community, Measure measure, MeasureStatus status) {
		SignedIn.asCoordinator(() -> measures.report(community, measure.id(),
				new ReportStatus(LocalDate.of(2035, 5, 10), status, "Rapportert.")));
	}

}
