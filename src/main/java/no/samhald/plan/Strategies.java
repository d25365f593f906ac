package no.samhald.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

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

	public FocusArea focusArea(long communityId, long id, int index) {
		return at(get(communityId, id).focusAreas(), index, "focus area");
	}

	public PriorityGroup priorityGroup(long communityId, long id, int index) {
		return at(get(communityId, id).priorityGroups(), index, "priority group");
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
	 * Adds a focus area ({@code index} null) or replaces the one at {@code index} unless someone
	 * else saved that one since {@code area.version()} (then OptimisticLockingFailureException).
	 */
	@Transactional
	public Strategy saveFocusArea(Community community, long id, Integer index, SaveFocusArea area) {
		access.requireCoordinator(community.slug());
		Strategy current = get(community.id(), id);
		var areas = new ArrayList<>(current.focusAreas());
		var saved = new FocusArea(community.id(), area.title().strip(), PlanRules.text(area.description()),
				PlanRules.text(area.priorities()), nextVersion(areas, index, area.version(), "focus area"));
		put(areas, index, saved);
		Strategy result = save(current, areas, current.priorityGroups());
		audit.record(community.slug(), "strategy.focusAreaSaved", "strategy " + id, saved.title());
		return result;
	}

	/**
	 * Adds a priority patient group ({@code index} null) or replaces the one at {@code index}
	 * unless someone else saved that one since {@code group.version()}; each group once.
	 */
	@Transactional
	public Strategy savePriorityGroup(Community community, long id, Integer index, SavePriorityGroup group) {
		access.requireCoordinator(community.slug());
		Strategy current = get(community.id(), id);
		var groups = new ArrayList<>(current.priorityGroups());
		int version = nextVersion(groups, index, group.version(), "priority group");
		boolean taken = IntStream.range(0, groups.size())
			.anyMatch(i -> !Objects.equals(i, index) && groups.get(i).patientGroup() == group.patientGroup());
		if (taken) {
			PlanRules.throwIfAny(List.of(new FieldProblem("patientGroup", "strategy.priorityGroup.taken")));
		}
		var saved = new PriorityGroup(community.id(), group.patientGroup(), PlanRules.text(group.description()),
				PlanRules.text(group.commitment()), version);
		put(groups, index, saved);
		Strategy result = save(current, current.focusAreas(), groups);
		audit.record(community.slug(), "strategy.priorityGroupSaved", "strategy " + id, saved.patientGroup().name());
		return result;
	}

	/** The strategy with new elements, guarded by the version read in this transaction. */
	private Strategy save(Strategy current, List<FocusArea> areas, List<PriorityGroup> groups) {
		return strategies.save(new Strategy(current.id(), current.communityId(), current.title(), current.firstYear(),
				current.lastYear(), current.summary(), areas, groups, current.version()));
	}

	/** 0 for a new element; for a replaced one the stored version plus one, if it is still the one the person saw. */
	private static int nextVersion(List<? extends Versioned> list, Integer index, int seen, String kind) {
		if (index == null) {
			return 0;
		}
		int stored = at(list, index, kind).version();
		if (stored != seen) {
			throw new OptimisticLockingFailureException(kind + " " + index + " was changed by someone else");
		}
		return stored + 1;
	}

	private static <T> T at(List<T> list, int index, String kind) {
		if (index < 0 || index >= list.size()) {
			throw new NotFoundException(kind, index);
		}
		return list.get(index);
	}

	private static <T> void put(List<T> list, Integer index, T element) {
		if (index == null) {
			list.add(element);
		}
		else {
			list.set(index, element);
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
