package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.Measures;

/**
 * Measures to report on: every open measure the person owns (action plans have no reporting dates
 * yet, so each open measure is due a report), dated by the measure's own due date.
 */
@Component
class MeasureTasks implements TaskSource {

	private final Measures measures;

	private final ActionPlans plans;

	private final Access access;

	MeasureTasks(Measures measures, ActionPlans plans, Access access) {
		this.measures = measures;
		this.plans = plans;
		this.access = access;
	}

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

	private static Task task(Community community, Measure m, LocalDateTime now) {
		return Task.of(TaskKind.MEASURE_TO_REPORT, community.slug(), m.id(), m.title(), m.dueDate(), now.toLocalDate(),
				"/plans/" + m.actionPlanId() + "/measures/" + m.id());
	}

}
