package no.samhald.notification;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the reminders of status reports, agreement reviews and consultation deadlines run: each morning with the deviation
 * reminders ({@code samhald.reminders.cron}), on one node ({@link ReminderJobs}). Off with
 * {@code samhald.schedules=false}, as the tests have it.
 */
@Component
@ConditionalOnProperty(name = "samhald.schedules", havingValue = "true", matchIfMissing = true)
record ReminderSchedules(ReminderJobs jobs, Clock clock) {

	@Scheduled(cron = "${samhald.reminders.cron:0 0 7 * * *}", zone = "Europe/Oslo")
	void remindOfStatusReportsAndReviews() {
		LocalDate today = LocalDate.now(clock);
		jobs.remindOfStatusReports(today);
		jobs.remindOfReviews(today);
		jobs.remindOfConsultations(today);
		jobs.remindOfCollections(today);
	}

}
