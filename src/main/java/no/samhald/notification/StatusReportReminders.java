package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	/**
	 * Sends the reminders due on {@code today} that were not sent before; returns those sent now.
	 * Reads a community's measures, their latest status dates and their owners once for all of them
	 * (#11); only the claims of reminders that are due go one by one.
	 */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		var reminders = new ArrayList<Reminder>();
		for (Community community : run.communities()) {
			List<DueStep> due = dueSteps(community, today);
			if (!due.isEmpty()) {
				remind(community, due, reminders);
			}
		}
		return reminders;
	}

	/** A plan's reporting date with a reminder step today. */
	private record DueStep(ActionPlan plan, LocalDate due, String step) {
	}

	private List<DueStep> dueSteps(Community community, LocalDate today) {
		var due = new ArrayList<DueStep>();
		for (ActionPlan plan : inIdOrder(plans.all(community.id()), ActionPlan::id)) {
			for (LocalDate date : plan.reportingDates()) {
				String step = step(today, date);
				if (step != null) {
					due.add(new DueStep(plan, date, step));
				}
			}
		}
		return due;
	}

	private void remind(Community community, List<DueStep> dueSteps, List<Reminder> reminders) {
		Map<Long, List<Measure>> openByPlan = measures.ofCommunity(community.id()).stream()
			.filter(m -> m.status().isOpen())
			.collect(Collectors.groupingBy(Measure::actionPlanId));
		List<Long> open = dueSteps.stream().map(DueStep::plan).distinct()
			.flatMap(plan -> openByPlan.getOrDefault(plan.id(), List.of()).stream())
			.map(Measure::id)
			.toList();
		Map<Long, LocalDate> latest = measures.latestStatusDates(community.id(), open);
		var unreported = new LinkedHashMap<DueStep, List<Measure>>();
		for (DueStep step : dueSteps) {
			unreported.put(step, openByPlan.getOrDefault(step.plan().id(), List.of()).stream()
				.filter(m -> !Measures.statusReportedFor(step.plan(), Optional.ofNullable(latest.get(m.id())), step.due()))
				.toList());
		}
		Map<Long, List<RoleHolder>> owners = run.recipients().measureOwners(community,
				unreported.values().stream().flatMap(List::stream).map(Measure::id).distinct().toList());
		unreported.forEach((step, waiting) -> waiting.forEach(measure -> {
			for (RoleHolder owner : inIdOrder(owners.getOrDefault(measure.id(), List.of()), RoleHolder::username)) {
				if (run.sendOnce(KIND, measure.id(), step.due(), owner.username(), step.step(),
						() -> notice(community, step.plan(), measure, step.due(), step.step(), owner))) {
					reminders.add(new Reminder(measure.id(), owner.username(), step.due(), step.step()));
				}
			}
		}));
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
