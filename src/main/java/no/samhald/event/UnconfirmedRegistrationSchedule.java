package no.samhald.event;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes unconfirmed registrations every hour ({@code samhald.events.unconfirmed-cleanup-cron}),
 * on one node (ShedLock, set up with the scheduler in the notification module). Off with
 * {@code samhald.schedules=false}, as the tests have it: they run {@link UnconfirmedRegistrations#deleteExpired}.
 */
@Component
@ConditionalOnProperty(name = "samhald.schedules", havingValue = "true", matchIfMissing = true)
class UnconfirmedRegistrationSchedule {

	private final UnconfirmedRegistrations unconfirmed;

	private final Clock clock;

	UnconfirmedRegistrationSchedule(UnconfirmedRegistrations unconfirmed, Clock clock) {
		this.unconfirmed = unconfirmed;
		this.clock = clock;
	}

	@Scheduled(cron = "${samhald.events.unconfirmed-cleanup-cron:0 20 * * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "unconfirmed-registrations", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void deleteExpired() {
		unconfirmed.deleteExpired(clock.instant());
	}

}
