package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.deviation.AnswerDeadline;
import no.samhald.deviation.Deviations;
import no.samhald.platform.AccountLinks.RoleHolder;

/**
 * Reminds of answer deadlines of deviations: the receiving partner's contacts five days before
 * and on the due date, then every week while it is overdue, and the community's coordinators too
 * from the first overdue week. Each step goes to each person once (table {@code reminder_sent}),
 * however often the job runs and on however many nodes, and a step missed on its day (no run
 * that day) goes out on the next run unless a later step has begun (see {@link Step}).
 */
@Component
public class DeadlineReminders {

	static final int DAYS_BEFORE = 5;

	private final ReminderRun run;

	private final Deviations deviations;

	DeadlineReminders(ReminderRun run, Deviations deviations) {
		this.run = run;
		this.deviations = deviations;
	}

	/**
	 * Sends the reminders due on {@code today} that were not sent before; the schedule calls it
	 * with today's date, a test with the date it wants. Returns the reminders sent now.
	 */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		Map<Long, Community> byId = new HashMap<>();
		var sent = new ArrayList<Reminder>();
		for (AnswerDeadline deadline : deviations.awaitingAnswer()) {
			Step step = Step.of(today, deadline.answerDue());
			if (step == null) {
				continue;
			}
			Community community = byId.computeIfAbsent(deadline.communityId(), run::community);
			for (RoleHolder person : toldOf(step, community, deadline)) {
				if (run.sendOnce("deviation-answer", deadline.deviationId(), deadline.answerDue(), person.username(),
						step.name(), () -> notice(step, community, deadline, person))) {
					sent.add(new Reminder(deadline.deviationId(), person.username(), step.name()));
				}
			}
		}
		return sent;
	}

	private List<RoleHolder> toldOf(Step step, Community community, AnswerDeadline deadline) {
		Recipients recipients = run.recipients();
		List<RoleHolder> coordinators = step.kind() == MailKind.DEVIATION_OVERDUE ? recipients.coordinators(community)
				: List.of();
		return ReminderRun.together(recipients.partnerContacts(community, deadline.receivingPartnerId()), coordinators);
	}

	private Notice notice(Step step, Community community, AnswerDeadline deadline, RoleHolder person) {
		return run.notice(step.kind(), community, person, "/deviations/" + deadline.deviationId(), community.name(),
				DeviationNotifications.date(deadline.answerDue()), step.weeksOverdue());
	}

	/** A reminder that went out: for which deviation, to whom, and which step ({@code before-5}, {@code due}, {@code overdue-2}). */
	public record Reminder(long deviationId, String username, String step) {
	}

	/**
	 * The most recent step reached on a day for a deadline, if any. Each step lasts until the next
	 * begins, so a step whose day the job missed (a node down) is sent when it next runs; as the
	 * record of sent reminders lets each step out once, a person gets the latest step not yet
	 * sent, never an older one after it and never two at once.
	 */
	record Step(String name, MailKind kind, long weeksOverdue) {

		static Step of(LocalDate today, LocalDate due) {
			long daysLeft = ChronoUnit.DAYS.between(today, due);
			if (daysLeft > 0 && daysLeft <= DAYS_BEFORE) {
				return new Step("before-" + DAYS_BEFORE, MailKind.DEVIATION_DUE_SOON, 0);
			}
			if (daysLeft <= 0 && daysLeft > -7) {
				return new Step("due", MailKind.DEVIATION_DUE_TODAY, 0);
			}
			long weeksOverdue = -daysLeft / 7;
			if (weeksOverdue >= 1) {
				return new Step("overdue-" + weeksOverdue, MailKind.DEVIATION_OVERDUE, weeksOverdue);
			}
			return null;
		}

	}

}
