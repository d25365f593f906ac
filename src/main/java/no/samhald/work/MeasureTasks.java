package no.samhald.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.Measures;

/**
 * Measures to report on: every open measure the person owns, dated by its plan's next reporting
 * date ({@link ActionPlan#reportingDates()}). It is overdue, and dated by the missed reporting date,
 * when the last reporting date has passed without a status for it (the rule of the reminders,
 * {@link Measures#statusReportedFor}).
 */
@Component
record MeasureTasks(Measures measures, ActionPlans plans, Access access) implements TaskSource {

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		return access.scopesOf(Role.MEASURE_OWNER, community.slug()).stream()
			.map(id -> find(community, id))
			.flatMap(Optional::stream)
			.filter(m -> m.status().isOpen())
			.map(m -> task(community, m, now))
			.toList();
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return plans.all(community.id()).stream()
			.flatMap(plan -> measures.ofPlan(community.id(), plan.id()).stream())
			.filter(m -> m.status().isOpen())
			.map(m -> task(community, m, now))
			.filter(Task::overdue)
			.toList();
	}

	/** A grant may outlive its measure; such a grant gives no work. */
	private Optional<Measure> find(Community community, long id) {
		try {
			return Optional.of(measures.get(community.id(), id));
		}
		catch (NotFoundException gone) {
			return Optional.empty();
		}
	}

	private Task task(Community community, Measure m, LocalDateTime now) {
		LocalDate today = now.toLocalDate();
		ActionPlan plan = plans.get(community.id(), m.actionPlanId());
		Optional<LocalDate> missed = lastReportingDateBefore(plan, today)
			.filter(date -> !measures.statusReportedFor(plan, m.id(), date));
		LocalDate due = missed.orElseGet(() -> nextReportingDate(plan, today).orElse(null));
		String link = "/" + community.slug() + "/plans/" + m.actionPlanId() + "/measures/" + m.id();
		return new Task(TaskKind.MEASURE_TO_REPORT, community.slug(), m.id(), m.title(), due, missed.isPresent(), link,
				null);
	}

	private static Optional<LocalDate> lastReportingDateBefore(ActionPlan plan, LocalDate today) {
		return plan.reportingDates().stream().filter(date -> date.isBefore(today)).reduce((a, b) -> b);
	}

	/** Today's reporting date counts as next: the status is due by the end of the day. */
	private static Optional<LocalDate> nextReportingDate(ActionPlan plan, LocalDate today) {
		return plan.reportingDates().stream().filter(date -> !date.isBefore(today)).findFirst();
	}

}
