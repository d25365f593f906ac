package no.samhald.notification;

import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.stereotype.Component;

/**
 * The reminders of status reports, agreement reviews and consultation deadlines as jobs that one node at a time runs
 * (ShedLock, table {@code shedlock}): a node that finds the lock held skips the run and returns
 * {@code null}. The lock is held at least a minute, so a node whose clock is a little behind does
 * not run the same day's job again right after. Should two runs still overlap (a lock that
 * outlived {@code lockAtMostFor}), the claim in {@code reminder_sent} lets each reminder out once.
 */
@Component
class ReminderJobs {

	private final StatusReportReminders statusReports;

	private final ReviewReminders reviews;

	private final ConsultationReminders consultations;

	private final CollectionReminders collections;

	ReminderJobs(StatusReportReminders statusReports, ReviewReminders reviews, ConsultationReminders consultations,
			CollectionReminders collections) {
		this.statusReports = statusReports;
		this.reviews = reviews;
		this.consultations = consultations;
		this.collections = collections;
	}

	@SchedulerLock(name = "status-report-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	List<StatusReportReminders.Reminder> remindOfStatusReports(LocalDate today) {
		return statusReports.remind(today);
	}

	@SchedulerLock(name = "review-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	List<ReviewReminders.Reminder> remindOfReviews(LocalDate today) {
		return reviews.remind(today);
	}

	@SchedulerLock(name = "consultation-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	List<ConsultationReminders.Reminder> remindOfConsultations(LocalDate today) {
		return consultations.remind(today);
	}

	@SchedulerLock(name = "collection-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	List<CollectionReminders.Reminder> remindOfCollections(LocalDate today) {
		return collections.remind(today);
	}

}
