package no.samhald.notification;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the jobs run: the outbox sender every few seconds (any node; rows are claimed so that two
 * nodes never send one mail), the reminders and the digests once a day on one node (ShedLock). On unless
 * {@code samhald.schedules=false}: the tests turn them off and run a job themselves with the time
 * they choose, so that no mail from one test arrives in another test's mail server.
 */
@Component
@ConditionalOnProperty(name = "samhald.schedules", havingValue = "true", matchIfMissing = true)
class Schedules {

	private final MailOutbox outbox;

	private final DeadlineReminders reminders;

	private final Digests digests;

	private final MinutesReminders minutesReminders;

	private final Clock clock;

	Schedules(MailOutbox outbox, DeadlineReminders reminders, Digests digests, MinutesReminders minutesReminders,
			Clock clock) {
		this.outbox = outbox;
		this.minutesReminders = minutesReminders;
		this.reminders = reminders;
		this.digests = digests;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${samhald.mail.outbox.poll-every:PT15S}", initialDelayString = "PT30S")
	void sendMail() {
		outbox.sendDue(clock.instant());
	}

	@Scheduled(cron = "${samhald.reminders.cron:0 0 7 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "deadline-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void remindOfDeadlines() {
		reminders.remind(LocalDate.now(clock));
	}

	@Scheduled(cron = "${samhald.reminders.cron:0 0 7 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "minutes-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void remindOfMinutes() {
		minutesReminders.remind(LocalDate.now(clock));
	}

	@Scheduled(cron = "${samhald.digests.cron:0 30 7 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "digests", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void sendDigests() {
		digests.send(LocalDate.now(clock));
	}

}
