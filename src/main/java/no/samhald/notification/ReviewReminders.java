package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementStatus;
import no.samhald.agreement.Agreements;
import no.samhald.community.Community;
import no.samhald.platform.AccountLinks.RoleHolder;

import static no.samhald.notification.SentReminders.inIdOrder;

/**
 * Reminds the community's coordinators and the secretaries of the agreement's revision forum
 * that an agreement is due for review: once when the review date is 60 days away (or nearer, if
 * the date was set later or the job did not run that day) and once when it has passed. Agreements
 * no longer in force are left alone. Each step goes to each person once (table {@code reminder_sent}).
 */
@Component
public class ReviewReminders {

	static final int DAYS_BEFORE = 60;

	static final String KIND = "agreement-review";

	private final ReminderRun run;

	private final Agreements agreements;

	ReviewReminders(ReminderRun run, Agreements agreements) {
		this.run = run;
		this.agreements = agreements;
	}

	/** Sends the reminders due on {@code today} that were not sent before; returns those sent now. */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		var reminders = new ArrayList<Reminder>();
		for (Community community : run.communities()) {
			for (Agreement agreement : inIdOrder(agreements.all(community.id()), Agreement::id)) {
				MailKind step = step(today, agreement);
				if (step == null) {
					continue;
				}
				for (RoleHolder person : toldOf(community, agreement)) {
					if (run.sendOnce(KIND, agreement.id(), agreement.reviewDue(), person.username(), stepName(step),
							() -> notice(community, agreement, step, person))) {
						reminders.add(new Reminder(agreement.id(), person.username(), stepName(step)));
					}
				}
			}
		}
		return reminders;
	}

	private List<RoleHolder> toldOf(Community community, Agreement agreement) {
		Recipients recipients = run.recipients();
		List<RoleHolder> secretaries = agreement.revisionForumId() == null ? List.of()
				: recipients.forumSecretaries(community, agreement.revisionForumId());
		return inIdOrder(ReminderRun.together(recipients.coordinators(community), secretaries), RoleHolder::username);
	}

	private Notice notice(Community community, Agreement agreement, MailKind step, RoleHolder person) {
		return run.notice(step, community, person, "/agreements/" + agreement.id(), community.name(),
				DeviationNotifications.date(agreement.reviewDue()));
	}

	/** Which reminder, if any, is due on {@code today}: review soon (within 60 days) or passed. */
	static MailKind step(LocalDate today, Agreement agreement) {
		if (agreement.reviewDue() == null || agreement.status() == AgreementStatus.EXPIRED) {
			return null;
		}
		long daysLeft = ChronoUnit.DAYS.between(today, agreement.reviewDue());
		if (daysLeft < 0) {
			return MailKind.AGREEMENT_REVIEW_PASSED;
		}
		return daysLeft <= DAYS_BEFORE ? MailKind.AGREEMENT_REVIEW_DUE : null;
	}

	private static String stepName(MailKind step) {
		return step == MailKind.AGREEMENT_REVIEW_PASSED ? "passed" : "before-" + DAYS_BEFORE;
	}

	/** A reminder that went out: for which agreement, to whom, and which step ({@code before-60}, {@code passed}). */
	public record Reminder(long agreementId, String username, String step) {
	}

}
