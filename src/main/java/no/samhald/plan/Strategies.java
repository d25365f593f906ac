package no.samhald.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;
import no.samhald.platform.Versioned;

/**
 * The strategies of a community with their focus areas and priority patient groups. Every
 * method is scoped by the community's id; every change checks that the signed-in person may
 * coordinate the community. A strategy is stored as one whole; its own fields, each focus area
 * and each priority group carry a version of their own, so that a stale edit of one of them is
 * refused without refusing edits of the others.
 */
@Service
public class Strategies {

	private final StrategyRepository strategies;

	private final AuditLog audit;

	private final Access access;

	Strategies(StrategyRepository strategies, AuditLog audit, Access access) {
		this.strategies = strategies;
		this.audit = audit;
		this.access = access;
	}

	/** Newest period first. */
	public List<Strategy> all(long communityId) {
		return strategies.findByCommunityIdOrderByFirstYearDesc(communityId);
	}

	public Strategy get(long communityId, long id) {
		return strategies.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("strategy", id));
	}

	public FocusArea focusArea(long communityId, long id, int number) {
		return numbered(get(communityId, id).focusAreas(), number, FocusArea::number, "focus area");
	}

	public PriorityGroup priorityGroup(long communityId, long id, int number) {
		return numbered(get(communityId, id).priorityGroups(), number, PriorityGroup::number, "priority group");
	}

	@Transactional
	public Strategy create(Community community, SaveStrategy strategy) {
		access.requireCoordinator(community.slug());
		check(strategy);
		Strategy saved = strategies.save(new Strategy(null, community.id(), strategy.title().strip(),
				strategy.firstYear(), strategy.lastYear(), PlanRules.text(strategy.summary()), List.of(), List.of(), 0));
		audit.record(community.slug(), "strategy.created", "strategy " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code strategy.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Strategy update(Community community, long id, SaveStrategy strategy) {
		access.requireCoordinator(community.slug());
		Strategy current = get(community.id(), id);
		check(strategy);
		Strategy saved = strategies.save(new Strategy(id, community.id(), strategy.title().strip(), strategy.firstYear(),
				strategy.lastYear(), PlanRules.text(strategy.summary()), current.focusAreas(), current.priorityGroups(),
				strategy.version()));
		audit.record(community.slug(), "strategy.updated", "strategy " + id,
				String.join(", ", strategy.fieldsChangedIn(current)));
		return saved;
	}

	/**
	 * Adds a focus area ({@code number} null) or replaces the one with {@code number} unless
	 * someone else saved that one since {@code area.version()} (then OptimisticLockingFailureException).
	 */
	@Transactional
	public Strategy saveFocusArea(Community community, long id, Integer number, SaveFocusArea area) {
		access.requireCoordinator(community.slug());
		Strategy current = get(community.id(), id);
		var areas = new ArrayList<>(current.focusAreas());
		Integer place = placeOf(areas, number, FocusArea::number, area.version(), "focus area");
		var saved = new FocusArea(community.id(), number == null ? nextNumber(areas, FocusArea::number) : number,
				area.title().strip(), PlanRules.text(area.description()), PlanRules.text(area.priorities()),
				place == null ? 0 : area.version() + 1);
		put(areas, place, saved);
		Strategy result = save(current, areas, current.priorityGroups());
		audit.record(community.slug(), "strategy.focusAreaSaved", "strategy " + id, saved.title());
		return result;
	}

	/**
	 * Adds a priority patient group ({@code number} null) or replaces the one with {@code number}
	 * unless someone else saved that one since {@code group.version()}; each group once.
	 */
	@Transactional
	public Strategy savePriorityGroup(Community community, long id, Integer number, SavePriorityGroup group) {
		access.requireCoordinator(community.slug());
		Strategy current = get(community.id(), id);
		var groups = new ArrayList<>(current.priorityGroups());
		Integer place = placeOf(groups, number, PriorityGroup::number, group.version(), "priority group");
		boolean taken = groups.stream()
			.anyMatch(g -> !Objects.equals(g.number(), number) && g.patientGroup() == group.patientGroup());
		if (taken) {
			PlanRules.throwIfAny(List.of(new FieldProblem("patientGroup", "strategy.priorityGroup.taken")));
		}
		var saved = new PriorityGroup(community.id(), number == null ? nextNumber(groups, PriorityGroup::number) : number,
				group.patientGroup(), PlanRules.text(group.description()), PlanRules.text(group.commitment()),
				place == null ? 0 : group.version() + 1);
		put(groups, place, saved);
		Strategy result = save(current, current.focusAreas(), groups);
		audit.record(community.slug(), "strategy.priorityGroupSaved", "strategy " + id, saved.patientGroup().name());
		return result;
	}

	/** The strategy with new elements, guarded by the version read in this transaction. */
	private Strategy save(Strategy current, List<FocusArea> areas, List<PriorityGroup> groups) {
		return strategies.save(new Strategy(current.id(), current.communityId(), current.title(), current.firstYear(),
				current.lastYear(), current.summary(), areas, groups, current.version()));
	}

	/**
	 * Where the element with {@code number} is in the list (null for a new one), if it is still
	 * at the version the person saw; else OptimisticLockingFailureException.
	 */
	private static <T extends Versioned> Integer placeOf(List<T> list, Integer number, ToIntFunction<T> numberOf,
			int seen, String kind) {
		if (number == null) {
			return null;
		}
		T stored = numbered(list, number, numberOf, kind);
		if (stored.version() != seen) {
			throw new OptimisticLockingFailureException(kind + " " + number + " was changed by someone else");
		}
		return list.indexOf(stored);
	}

	private static <T> T numbered(List<T> list, int number, ToIntFunction<T> numberOf, String kind) {
		return list.stream().filter(e -> numberOf.applyAsInt(e) == number).findFirst()
			.orElseThrow(() -> new NotFoundException(kind, number));
	}

	/** One more than the highest number given in the strategy, so that no two share one. */
	private static <T> int nextNumber(List<T> list, ToIntFunction<T> numberOf) {
		return list.stream().mapToInt(numberOf).max().orElse(0) + 1;
	}

	private static <T> void put(List<T> list, Integer place, T element) {
		if (place == null) {
			list.add(element);
		}
		else {
			list.set(place, element);
		}
	}

	private static void check(SaveStrategy d) {
		var problems = new ArrayList<FieldProblem>();
		if (Text.isBlank(d.title())) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		problems.addAll(PlanRules.strategyPeriod(d.firstYear(), d.lastYear()));
		PlanRules.throwIfAny(problems);
	}

}
