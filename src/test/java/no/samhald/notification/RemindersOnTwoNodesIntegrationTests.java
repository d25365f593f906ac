package no.samhald.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.Measures;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.security.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, each running the morning's reminder job for the same
 * date at the same moment, send each reminder once.
 * <p>
 * The suite has one Spring context, so the two nodes are two threads here. That is what two nodes
 * are to what guards the reminders: neither guard lives in the JVM. ShedLock's lock is a row in
 * the table {@code shedlock} that each caller tries to take with an update in its own database
 * connection, and a reminder is sent only by the transaction that inserts its row in
 * {@code reminder_sent} (primary key per kind, subject, deadline, person and step); a second
 * transaction's insert waits for the first and then finds the row. Two threads with two
 * connections meet exactly these guards as two nodes would; nothing in memory is shared between
 * the runs (the reminder services keep no state).
 */
@SamhaldTest
class RemindersOnTwoNodesIntegrationTests {

	@Autowired
	ReminderJobs jobs;

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

	/** ShedLock lets one of the two runs of the locked job through; the other skips (returns null). */
	@Test
	void theLockedJobRunsOnOneNodeAndTheReminderGoesOutOnce() throws Exception {
		Measure measure = ownedMeasure(2033);
		LocalDate twoWeeksBefore = LocalDate.of(2033, 5, 18);

		List<List<StatusReportReminders.Reminder>> runs = atTheSameMoment(() -> jobs.remindOfStatusReports(twoWeeksBefore));

		assertThat(runs.stream().filter(Objects::isNull)).as("one node found the lock held and skipped").hasSize(1);
		assertThat(remindersOf(measure, runs)).as("sent by the node that ran").hasSize(1);
		assertThat(claimed(measure)).isEqualTo(1);
		assertThat(mailsTo(measure)).isEqualTo(1);
	}

	/**
	 * Should the two runs overlap all the same (a run that outlived the lock, a node whose lock
	 * expired while it paused), the key of {@code reminder_sent} alone keeps each reminder single:
	 * here the job's inner step runs twice at once, without the lock.
	 */
	@Test
	void withoutTheLockTheRecordOfSentRemindersAloneLetsEachReminderOutOnce() throws Exception {
		Measure measure = ownedMeasure(2034);
		LocalDate due = LocalDate.of(2034, 6, 1);

		List<List<StatusReportReminders.Reminder>> runs = atTheSameMoment(() -> statusReports.remind(due));

		assertThat(runs).as("both runs went through").doesNotContainNull();
		assertThat(remindersOf(measure, runs)).as("one of them sent it").hasSize(1);
		assertThat(claimed(measure)).isEqualTo(1);
		assertThat(mailsTo(measure)).isEqualTo(1);
	}

	private Measure ownedMeasure(int year) {
		Community community = communities.bySlug(SignedIn.SOGN);
		String owner = Owners.newAccount(accounts, jdbc, "node");
		ActionPlan plan = Owners.plan(plans, community, year);
		return Owners.measure(plans, measures, links, community, plan, owner);
	}

	/** Runs the job on two threads released together, as two nodes woken by the same cron. */
	private static <T> List<T> atTheSameMoment(Supplier<T> job) throws Exception {
		var start = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			var results = new ArrayList<Future<T>>();
			for (int node = 0; node < 2; node++) {
				results.add(nodes.submit(() -> {
					start.await();
					return job.get();
				}));
			}
			var done = new ArrayList<T>();
			for (Future<T> result : results) {
				done.add(result.get());
			}
			return done;
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private static List<StatusReportReminders.Reminder> remindersOf(Measure measure,
			List<List<StatusReportReminders.Reminder>> runs) {
		return runs.stream()
			.filter(Objects::nonNull)
			.flatMap(List::stream)
			.filter(r -> r.measureId() == measure.id())
			.toList();
	}

	private int claimed(Measure measure) {
		return jdbc.sql("select count(*) from reminder_sent where kind = 'measure-status' and subject_id = :id")
			.param("id", measure.id())
			.query(Integer.class)
			.single();
	}

	/** Mails written to the outbox for the measure (sent or still waiting: no mail server runs here). */
	private int mailsTo(Measure measure) {
		return jdbc.sql("select count(*) from mail_outbox where plain_text like :link")
			.param("link", "%/measures/" + measure.id() + "\n%")
			.query(Integer.class)
			.single();
	}

}
