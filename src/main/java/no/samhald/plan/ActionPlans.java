package no.samhald.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * Action plans of a community with their areas, and the carry-over of open measures from a
 * plan into the one made from it. Every method is scoped by the community's id; every change
 * checks that the signed-in person may coordinate the community.
 */
@Service
public class ActionPlans {

	private final ActionPlanRepository plans;

	private final PlanAreaRepository areas;

	private final MeasureRepository measures;

	private final StrategyRepository strategies;

	private final References references;

	private final AuditLog audit;

	private final Access access;

	private final ApplicationEventPublisher events;

	ActionPlans(ActionPlanRepository plans, PlanAreaRepository areas, MeasureRepository measures,
			StrategyRepository strategies, References references, AuditLog audit, Access access,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.areas = areas;
		this.measures = measures;
		this.strategies = strategies;
		this.references = references;
		this.audit = audit;
		this.access = access;
		this.events = events;
	}

	/** Newest first. */
	public List<ActionPlan> all(long communityId) {
		return plans.findByCommunityIdOrderByStartDateDesc(communityId);
	}

	/** The plans made from plan {@code id}, newest first. */
	public List<ActionPlan> successorsOf(long communityId, long id) {
		return plans.findSuccessors(communityId, id);
	}

	public ActionPlan get(long communityId, long id) {
		return plans.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("action plan", id));
	}

	public List<ActionPlan> ofStrategy(long communityId, long strategyId) {
		return all(communityId).stream().filter(p -> Objects.equals(p.strategyId(), strategyId)).toList();
	}

	public List<PlanArea> areas(long communityId, long planId) {
		get(communityId, planId);
		return areas.findByActionPlanIdOrderByNumber(planId);
	}

	/** How many measures of the plan stand at each status, every status listed, in order. */
	public StatusCounts statusCounts(long communityId, long planId) {
		get(communityId, planId);
		return StatusCounts.counting(measures.findByActionPlanIdOrderById(planId));
	}

	/**
	 * Makes an action plan. With a predecessor, its open measures (not completed, not
	 * discontinued) come along under copies of their areas, each linked to its origin.
	 */
	@Transactional
	public ActionPlan create(Community community, SaveActionPlan plan) {
		access.requireCoordinator(community.slug());
		check(community.id(), plan, plan.predecessorId());
		ActionPlan saved = plans.save(toPlan(null, community.id(), plan, plan.predecessorId(), 0));
		int carried = plan.predecessorId() == null ? 0 : carryOver(plan.predecessorId(), saved);
		audit.record(community.slug(), "actionPlan.created", "action plan " + saved.id(),
				saved.title() + (carried > 0 ? ", " + carried + " measures carried over" : ""));
		events.publishEvent(new ActionPlanCreated(community.id(), saved.id(), saved.predecessorId(), carried));
		return saved;
	}

	/**
	 * Saves unless someone else saved since {@code plan.version()} (then
	 * OptimisticLockingFailureException). The predecessor stays what it was.
	 */
	@Transactional
	public ActionPlan update(Community community, long id, SaveActionPlan plan) {
		access.requireCoordinator(community.slug());
		ActionPlan current = get(community.id(), id);
		check(community.id(), plan, current.predecessorId());
		ActionPlan saved = plans.save(toPlan(id, community.id(), plan, current.predecessorId(), plan.version()));
		audit.record(community.slug(), "actionPlan.updated", "action plan " + id,
				String.join(", ", plan.fieldsChangedIn(current)));
		return saved;
	}

	@Transactional
	public PlanArea addArea(Community community, long planId, SaveArea area) {
		access.requireCoordinator(community.slug());
		get(community.id(), planId);
		int next = areas.findByActionPlanIdOrderByNumber(planId).stream().mapToInt(PlanArea::number).max().orElse(0) + 1;
		PlanArea saved = areas.save(new PlanArea(null, community.id(), planId, next, area.title().strip(),
				PlanRules.text(area.description()), 0));
		audit.record(community.slug(), "planArea.created", "action plan " + planId, next + ". " + saved.title());
		return saved;
	}

	public PlanArea area(long communityId, long planId, long areaId) {
		return areas(communityId, planId).stream().filter(a -> a.id() == areaId).findFirst()
			.orElseThrow(() -> new NotFoundException("area", areaId));
	}

	/** Saves unless someone else saved since {@code area.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public PlanArea updateArea(Community community, long planId, long areaId, SaveArea area) {
		access.requireCoordinator(community.slug());
		PlanArea current = area(community.id(), planId, areaId);
		PlanArea saved = areas.save(new PlanArea(areaId, community.id(), planId, current.number(), area.title().strip(),
				PlanRules.text(area.description()), area.version()));
		audit.record(community.slug(), "planArea.updated", "action plan " + planId,
				current.number() + ": " + String.join(", ", area.fieldsChangedIn(current)));
		return saved;
	}

	private static ActionPlan toPlan(Long id, long communityId, SaveActionPlan p, Long predecessorId, int version) {
		return new ActionPlan(id, communityId, p.strategyId(), predecessorId, p.title().strip(), p.startDate(),
				p.endDate(), p.forumId(), PlanRules.text(p.summary()), version);
	}

	/** Copies the open measures of {@code fromPlanId} into {@code plan}; returns how many. */
	int carryOver(long fromPlanId, ActionPlan plan) {
		List<Measure> open = PlanRules.toCarryOver(measures.findByActionPlanIdOrderById(fromPlanId));
		Map<Long, PlanArea> oldAreas = areas.findByActionPlanIdOrderByNumber(fromPlanId).stream()
			.collect(Collectors.toMap(PlanArea::id, a -> a));
		Map<Long, Long> newAreaByOld = new HashMap<>();
		int number = areas.findByActionPlanIdOrderByNumber(plan.id()).size();
		for (PlanArea old : oldAreas.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
			if (open.stream().anyMatch(m -> m.areaId().equals(old.id()))) {
				PlanArea copy = areas.save(new PlanArea(null, plan.communityId(), plan.id(), ++number, old.title(),
						old.description(), 0));
				newAreaByOld.put(old.id(), copy.id());
			}
		}
		for (Measure measure : open) {
			measures.save(measure.carriedInto(plan.id(), newAreaByOld.get(measure.areaId())));
		}
		return open.size();
	}

	private void check(long communityId, SaveActionPlan d, Long predecessorId) {
		var problems = new ArrayList<FieldProblem>();
		if (Text.isBlank(d.title())) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		problems.addAll(PlanRules.planPeriod(d.startDate(), d.endDate()));
		if (d.strategyId() != null && strategies.findByIdAndCommunityId(d.strategyId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("strategyId", "validation.unknown"));
		}
		if (predecessorId != null && plans.findByIdAndCommunityId(predecessorId, communityId).isEmpty()) {
			problems.add(new FieldProblem("predecessorId", "validation.unknown"));
		}
		references.checkForum(communityId, d.forumId(), "forumId", problems);
		PlanRules.throwIfAny(problems);
	}

}
