package no.samhald.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/**
 * The strategies of a community with their focus areas and priority patient groups. Every
 * method is scoped by the community's id. A strategy is saved as one whole, so any change to it
 * (also to one focus area) is refused if someone else saved it in the meantime.
 */
@Service
public class Strategies {

	private final StrategyRepository strategies;

	private final AuditLog audit;

	Strategies(StrategyRepository strategies, AuditLog audit) {
		this.strategies = strategies;
		this.audit = audit;
	}

	/** Newest period first. */
	public List<Strategy> all(long communityId) {
		return strategies.findByCommunityIdOrderByFirstYearDesc(communityId);
	}

	public Strategy get(long communityId, long id) {
		return strategies.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("strategy", id));
	}

	@Transactional
	public Strategy create(long communityId, String communitySlug, StrategyDetails details) {
		check(details);
		Strategy saved = strategies.save(new Strategy(null, communityId, details.getTitle().strip(), details.getFirstYear(),
				details.getLastYear(), text(details.getSummary()), List.of(), List.of(), 0));
		audit.record(communitySlug, "strategy.created", "strategy " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code details.getVersion()} (then OptimisticLockingFailureException). */
	@Transactional
	public Strategy update(long communityId, String communitySlug, long id, StrategyDetails details) {
		Strategy current = get(communityId, id);
		check(details);
		Strategy saved = strategies.save(new Strategy(id, communityId, details.getTitle().strip(), details.getFirstYear(),
				details.getLastYear(), text(details.getSummary()), current.focusAreas(), current.priorityGroups(),
				details.getVersion()));
		audit.record(communitySlug, "strategy.updated", "strategy " + id, String.join(", ", details.fieldsChangedIn(current)));
		return saved;
	}

	/** Adds a focus area ({@code index} null) or replaces the one at {@code index}. */
	@Transactional
	public Strategy saveFocusArea(long communityId, String communitySlug, long id, Integer index, FocusAreaDetails details) {
		Strategy current = get(communityId, id);
		var areas = new ArrayList<>(current.focusAreas());
		var area = new FocusArea(communityId, details.getTitle().strip(), text(details.getDescription()),
				text(details.getPriorities()));
		put(areas, index, area);
		Strategy saved = strategies.save(new Strategy(id, communityId, current.title(), current.firstYear(),
				current.lastYear(), current.summary(), areas, current.priorityGroups(), current.version()));
		audit.record(communitySlug, "strategy.focusAreaSaved", "strategy " + id, area.title());
		return saved;
	}

	/** Adds a priority patient group ({@code index} null) or replaces the one at {@code index}; each group once. */
	@Transactional
	public Strategy savePriorityGroup(long communityId, String communitySlug, long id, Integer index,
			PriorityGroupDetails details) {
		Strategy current = get(communityId, id);
		var groups = new ArrayList<>(current.priorityGroups());
		boolean taken = IntStream.range(0, groups.size())
			.anyMatch(i -> !Objects.equals(i, index) && groups.get(i).patientGroup() == details.getPatientGroup());
		if (taken) {
			PlanRules.throwIfAny(List.of(new FieldProblem("patientGroup", "strategy.priorityGroup.taken")));
		}
		var group = new PriorityGroup(communityId, details.getPatientGroup(), text(details.getDescription()),
				text(details.getCommitment()));
		put(groups, index, group);
		Strategy saved = strategies.save(new Strategy(id, communityId, current.title(), current.firstYear(),
				current.lastYear(), current.summary(), current.focusAreas(), groups, current.version()));
		audit.record(communitySlug, "strategy.priorityGroupSaved", "strategy " + id, group.patientGroup().name());
		return saved;
	}

	private static <T> void put(List<T> list, Integer index, T element) {
		if (index == null) {
			list.add(element);
		}
		else if (index >= 0 && index < list.size()) {
			list.set(index, element);
		}
		else {
			throw new NotFoundException("strategy element", index);
		}
	}

	private static void check(StrategyDetails d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.getTitle() == null || d.getTitle().isBlank()) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		problems.addAll(PlanRules.strategyPeriod(d.getFirstYear(), d.getLastYear()));
		PlanRules.throwIfAny(problems);
	}

	private static String text(String value) {
		return Objects.requireNonNullElse(value, "").strip();
	}

}
