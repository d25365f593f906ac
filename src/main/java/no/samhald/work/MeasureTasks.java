package no.samhald.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.platform.Access;
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
		Set<Long> owned = access.scopesOf(Role.MEASURE_OWNER, community.slug());
		// A grant may outlive its measure; such a grant gives no work (withIds leaves it out).
		return tasks(community, measures.withIds(community.id(), owned), now);
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return tasks(community, measures.ofCommunity(community.id()), now).stream().filter(Task::overdue).toList();
	}

	/** The open measures' tasks, reading plans and latest status dates once for all of them, not per measure. */
	private List<Task> tasks(Community community, List<Measure> candidates, LocalDateTime now) {
		List<Measure> open = candidates.stream().filter(m -> m.status().isOpen()).toList();
		if (open.isEmpty()) {
			return List.of();
		}
		Map<Long, ActionPlan> plansById = plans.all(community.id()).stream()
			.collect(Collectors.toMap(ActionPlan::id, Function.identity()));
		Map<Long, LocalDate> latest = measures.latestStatusDates(community.id(), open.stream().map(Measure::id).toList());
		return open.stream()
			.map(m -> task(community, m, plansById.get(m.actionPlanId()), Optional.ofNullable(latest.get(m.id())),
					now.toLocalDate()))
			.toList();
	}

	private static Task task(Community community, Measure m, ActionPlan plan, Optional<LocalDate> latestStatus,
			LocalDate today) {
		Optional<LocalDate> missed = lastReportingDateBefore(plan, today)
			.filter(date -> !Measures.statusReportedFor(plan, latestStatus, date));
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
