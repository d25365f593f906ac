package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Communities;
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

	private final Deviations deviations;

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final JdbcClient jdbc;

	DeadlineReminders(Deviations deviations, Communities communities, Recipients recipients, Deliveries deliveries,
			JdbcClient jdbc) {
		this.deviations = deviations;
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.jdbc = jdbc;
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
			Community community = byId.computeIfAbsent(deadline.communityId(),
					id -> communities.findById(id).orElseThrow());
			for (RoleHolder person : toldOf(step, community, deadline)) {
				if (firstTime(deadline, person, step)) {
					deliveries.send(notice(step, community, deadline, person));
					sent.add(new Reminder(deadline.deviationId(), person.username(), step.name()));
				}
			}
		}
		return sent;
	}

	private List<RoleHolder> toldOf(Step step, Community community, AnswerDeadline deadline) {
		var people = new ArrayList<>(recipients.partnerContacts(community, deadline.receivingPartnerId()));
		if (step.kind() == MailKind.DEVIATION_OVERDUE) {
			recipients.coordinators(community)
				.stream()
				.filter(c -> people.stream().noneMatch(p -> p.username().equals(c.username())))
				.forEach(people::add);
		}
		return people;
	}

	private boolean firstTime(AnswerDeadline deadline, RoleHolder person, Step step) {
		return jdbc.sql("""
				insert into reminder_sent (kind, subject_id, deadline, username, step)
				values ('deviation-answer', :deviation, :deadline, :username, :step) on conflict do nothing
				""")
			.param("deviation", deadline.deviationId())
			.param("deadline", deadline.answerDue())
			.param("username", person.username())
			.param("step", step.name())
			.update() == 1;
	}

	private Notice notice(Step step, Community community, AnswerDeadline deadline, RoleHolder person) {
		return new Notice(step.kind(), person.username(), person.email(), recipients.languageOf(community, person.username()),
				new Object[] { community.name(), DeviationNotifications.date(deadline.answerDue()), step.weeksOverdue() },
				recipients.deviationLink(community, deadline.deviationId()));
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
