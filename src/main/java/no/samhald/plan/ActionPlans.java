package no.samhald.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/**
 * Action plans of a community with their areas, and the carry-over of open measures from a
 * plan into the one made from it. Every method is scoped by the community's id.
 */
@Service
public class ActionPlans {

	private final ActionPlanRepository plans;

	private final PlanAreaRepository areas;

	private final MeasureRepository measures;

	private final StrategyRepository strategies;

	private final References references;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ActionPlans(ActionPlanRepository plans, PlanAreaRepository areas, MeasureRepository measures,
			StrategyRepository strategies, References references, AuditLog audit, ApplicationEventPublisher events) {
		this.plans = plans;
		this.areas = areas;
		this.measures = measures;
		this.strategies = strategies;
		this.references = references;
		this.audit = audit;
		this.events = events;
	}

	/** Newest first. */
	public List<ActionPlan> all(long communityId) {
		return plans.findByCommunityIdOrderByStartDateDesc(communityId);
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
		Map<MeasureStatus, Long> counted = measures.findByActionPlanIdOrderById(planId).stream()
			.collect(Collectors.groupingBy(Measure::status, Collectors.counting()));
		var counts = new LinkedHashMap<MeasureStatus, Long>();
		for (MeasureStatus status : MeasureStatus.values()) {
			counts.put(status, counted.getOrDefault(status, 0L));
		}
		return new StatusCounts(counts);
	}

	/**
	 * Makes an action plan. With a predecessor, its open measures (not completed, not
	 * discontinued) come along under copies of their areas, each linked to its origin.
	 */
	@Transactional
	public ActionPlan create(long communityId, String communitySlug, ActionPlanDetails details) {
		check(communityId, details);
		ActionPlan plan = plans.save(new ActionPlan(null, communityId, details.getStrategyId(), details.getPredecessorId(),
				details.getTitle().strip(), details.getStartDate(), details.getEndDate(), details.getForumId(),
				Objects.requireNonNullElse(details.getSummary(), "").strip(), 0));
		int carried = details.getPredecessorId() == null ? 0 : carryOver(details.getPredecessorId(), plan);
		audit.record(communitySlug, "actionPlan.created", "action plan " + plan.id(),
				plan.title() + (carried > 0 ? ", " + carried + " measures carried over" : ""));
		events.publishEvent(new ActionPlanCreated(communityId, plan.id(), plan.predecessorId(), carried));
		return plan;
	}

	/** Saves unless someone else saved since {@code details.getVersion()} (then OptimisticLockingFailureException). */
	@Transactional
	public ActionPlan update(long communityId, String communitySlug, long id, ActionPlanDetails details) {
		ActionPlan current = get(communityId, id);
		details.setPredecessorId(current.predecessorId());
		check(communityId, details);
		ActionPlan saved = plans.save(new ActionPlan(id, communityId, details.getStrategyId(), current.predecessorId(),
				details.getTitle().strip(), details.getStartDate(), details.getEndDate(), details.getForumId(),
				Objects.requireNonNullElse(details.getSummary(), "").strip(), details.getVersion()));
		audit.record(communitySlug, "actionPlan.updated", "action plan " + id,
				String.join(", ", details.fieldsChangedIn(current)));
		return saved;
	}

	@Transactional
	public PlanArea addArea(long communityId, String communitySlug, long planId, AreaDetails details) {
		get(communityId, planId);
		int next = areas.findByActionPlanIdOrderByNumber(planId).stream().mapToInt(PlanArea::number).max().orElse(0) + 1;
		PlanArea area = areas.save(new PlanArea(null, communityId, planId, next, details.getTitle().strip(),
				Objects.requireNonNullElse(details.getDescription(), "").strip(), 0));
		audit.record(communitySlug, "planArea.created", "action plan " + planId, next + ". " + area.title());
		return area;
	}

	public PlanArea area(long communityId, long planId, long areaId) {
		return areas(communityId, planId).stream().filter(a -> a.id() == areaId).findFirst()
			.orElseThrow(() -> new NotFoundException("area", areaId));
	}

	/** Saves unless someone else saved since {@code details.getVersion()} (then OptimisticLockingFailureException). */
	@Transactional
	public PlanArea updateArea(long communityId, String communitySlug, long planId, long areaId, AreaDetails details) {
		PlanArea current = area(communityId, planId, areaId);
		PlanArea saved = areas.save(new PlanArea(areaId, communityId, planId, current.number(), details.getTitle().strip(),
				Objects.requireNonNullElse(details.getDescription(), "").strip(), details.getVersion()));
		audit.record(communitySlug, "planArea.updated", "action plan " + planId,
				current.number() + ": " + String.join(", ", details.fieldsChangedIn(current)));
		return saved;
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

	private void check(long communityId, ActionPlanDetails d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.getTitle() == null || d.getTitle().isBlank()) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		problems.addAll(PlanRules.planPeriod(d.getStartDate(), d.getEndDate()));
		if (d.getStrategyId() != null && strategies.findByIdAndCommunityId(d.getStrategyId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("strategyId", "validation.unknown"));
		}
		if (d.getPredecessorId() != null && plans.findByIdAndCommunityId(d.getPredecessorId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("predecessorId", "validation.unknown"));
		}
		references.checkForum(communityId, d.getForumId(), "forumId", problems);
		PlanRules.throwIfAny(problems);
	}

}
