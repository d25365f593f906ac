package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.Measures;
import no.samhald.platform.AccountLinks.RoleHolder;

import static no.samhald.notification.SentReminders.inIdOrder;

/**
 * Reminds the owners of each open measure to report its status by the plan's reporting date
 * ({@link ActionPlan#reportingDates()}): 14 days before and on the day, unless a status was
 * reported since the previous reporting date. Each step goes to each owner once (table
 * {@code reminder_sent}).
 */
@Component
public class StatusReportReminders {

	static final int DAYS_BEFORE = 14;

	static final String KIND = "measure-status";

	private final ReminderRun run;

	private final ActionPlans plans;

	private final Measures measures;

	StatusReportReminders(ReminderRun run, ActionPlans plans, Measures measures) {
		this.run = run;
		this.plans = plans;
		this.measures = measures;
	}

	/** Sends the reminders due on {@code today} that were not sent before; returns those sent now. */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		var reminders = new ArrayList<Reminder>();
		for (Community community : run.communities()) {
			for (ActionPlan plan : inIdOrder(plans.all(community.id()), ActionPlan::id)) {
				for (LocalDate due : plan.reportingDates()) {
					String step = step(today, due);
					if (step != null) {
						remindOwners(community, plan, due, step, reminders);
					}
				}
			}
		}
		return reminders;
	}

	private void remindOwners(Community community, ActionPlan plan, LocalDate due, String step, List<Reminder> reminders) {
		for (Measure measure : measures.ofPlan(community.id(), plan.id())) {
			if (!measure.status().isOpen() || measures.statusReportedFor(plan, measure.id(), due)) {
				continue;
			}
			for (RoleHolder owner : inIdOrder(run.recipients().measureOwners(community, measure.id()), RoleHolder::username)) {
				if (run.sendOnce(KIND, measure.id(), due, owner.username(), step,
						() -> notice(community, plan, measure, due, step, owner))) {
					reminders.add(new Reminder(measure.id(), owner.username(), due, step));
				}
			}
		}
	}

	private Notice notice(Community community, ActionPlan plan, Measure measure, LocalDate due, String step, RoleHolder owner) {
		MailKind kind = step.equals("due") ? MailKind.MEASURE_STATUS_DUE_TODAY : MailKind.MEASURE_STATUS_DUE_SOON;
		return run.notice(kind, community, owner, "/plans/" + plan.id() + "/measures/" + measure.id(), community.name(),
				DeviationNotifications.date(due));
	}

	/**
	 * {@code before-14} from 14 days before, {@code due} from the day for a week: a step the job
	 * missed on its day (no run that day) goes out on the next run, each step once.
	 */
	static String step(LocalDate today, LocalDate due) {
		long daysLeft = ChronoUnit.DAYS.between(today, due);
		if (daysLeft <= 0 && daysLeft > -7) {
			return "due";
		}
		return daysLeft > 0 && daysLeft <= DAYS_BEFORE ? "before-" + DAYS_BEFORE : null;
	}

	/** A reminder that went out: for which measure, to whom, for which reporting date, and which step. */
	public record Reminder(long measureId, String username, LocalDate due, String step) {
	}

}
