package no.samhald.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * Matters and their anchoring trails (forankring): the planned route of one matter through
 * several forums, with the outcome in each and the case in that forum's meeting. A matter runs
 * through the community, so a coordinator creates it; each step is kept by the keeper of its
 * forum (its secretary or a coordinator).
 */
@Service
public class Matters {

	private final MatterRepository matters;

	private final CaseRepository cases;

	private final Forums forums;

	private final Access access;

	private final ForumKeepers keepers;

	private final AuditLog audit;

	Matters(MatterRepository matters, CaseRepository cases, Forums forums, Access access, ForumKeepers keepers,
			AuditLog audit) {
		this.matters = matters;
		this.cases = cases;
		this.forums = forums;
		this.access = access;
		this.keepers = keepers;
		this.audit = audit;
	}

	public List<Matter> all(Community community) {
		return matters.findByCommunityIdOrderByTitle(community.id());
	}

	public Matter get(Community community, long id) {
		return matters.findByIdAndCommunityId(id, community.id()).orElseThrow(() -> new NotFoundException("matter", id));
	}

	public Optional<Matter> of(Community community, Case item) {
		return item.matterId() == null ? Optional.empty() : matters.findByIdAndCommunityId(item.matterId(), community.id());
	}

	@Transactional
	public Matter create(Community community, String title, String description) {
		access.requireCoordinator(community.slug());
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "validation.required");
		}
		IdentityNumbers.refuseIn("title", title);
		IdentityNumbers.refuseIn("description", description);
		Matter saved = matters.save(new Matter(null, community.id(), title.strip(),
				description == null ? "" : description.strip(), 0, List.of()));
		audit.record(community.slug(), "matter.created", "matter " + saved.id(), saved.title());
		return saved;
	}

	/** Adds a step to the route; the steps stay in date order. */
	@Transactional
	public Matter addStep(Community community, long id, SaveStep step) {
		keepers.require(community, step.forumId());
		Matter matter = get(community, id);
		check(community, step);
		var steps = new ArrayList<>(matter.steps());
		steps.add(toStep(matter.nextStepNumber(), step, 0));
		Matter saved = save(matter, steps);
		audit.record(community.slug(), "matter.step.added", "matter " + id, step.forumId() + " " + step.plannedDate());
		return saved;
	}

	/**
	 * Changes the step with this number, unless someone else changed it since {@code step.version()}
	 * (then OptimisticLockingFailureException, as for every other edit).
	 */
	@Transactional
	public Matter updateStep(Community community, long id, int number, SaveStep step) {
		Matter matter = get(community, id);
		AnchoringStep current = step(matter, number);
		// the forum the step is in now, and the one it would move to
		access.requireKeeperOfForum(community.slug(), current.forumId());
		keepers.require(community, step.forumId());
		if (current.version() != step.version()) {
			throw new OptimisticLockingFailureException("anchoring step " + number + " of matter " + id
					+ " is at version " + current.version() + ", not " + step.version());
		}
		check(community, step);
		var steps = new ArrayList<>(matter.steps());
		steps.replaceAll(s -> s.number() == number ? toStep(number, step, current.version() + 1) : s);
		Matter saved = save(matter, steps);
		audit.record(community.slug(), "matter.step.updated", "matter " + id,
				"step " + number + ": " + String.join(", ", step.fieldsChangedIn(current)));
		return saved;
	}

	/** The step with this number on the matter's trail, or a 404. */
	public AnchoringStep step(Community community, long id, int number) {
		return step(get(community, id), number);
	}

	private static AnchoringStep step(Matter matter, int number) {
		return matter.step(number).orElseThrow(() -> new NotFoundException("anchoring step", number));
	}

	/** Links a new case to the first unlinked step in its forum, so the timeline points at it. */
	void linkCase(long communityId, long matterId, long forumId, long caseId) {
		matters.findByIdAndCommunityId(matterId, communityId).ifPresent(matter -> matter.steps().stream()
			.filter(s -> s.forumId() == forumId && s.caseId() == null)
			.findFirst()
			.ifPresent(unlinked -> {
				var steps = new ArrayList<>(matter.steps());
				steps.replaceAll(s -> s.number() == unlinked.number() ? s.withCase(caseId) : s);
				save(matter, steps);
			}));
	}

	boolean exists(Community community, long id) {
		return matters.findByIdAndCommunityId(id, community.id()).isPresent();
	}

	private Matter save(Matter matter, List<AnchoringStep> steps) {
		steps.sort(Comparator.comparing(AnchoringStep::plannedDate));
		return matters.save(new Matter(matter.id(), matter.communityId(), matter.title(), matter.description(),
				matter.version(), steps));
	}

	private void check(Community community, SaveStep d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.forumId() == null || forums.all(community.id()).stream().noneMatch(f -> f.id().equals(d.forumId()))) {
			problems.add(new FieldProblem("forumId", d.forumId() == null ? "validation.required" : "validation.unknown"));
		}
		if (d.plannedDate() == null) {
			problems.add(new FieldProblem("plannedDate", "validation.required"));
		}
		if (d.outcome() == null) {
			problems.add(new FieldProblem("outcome", "validation.required"));
		}
		IdentityNumbers.refuseIn("summary", d.summary());
		if (d.caseId() != null && cases.findByIdAndCommunityId(d.caseId(), community.id()).isEmpty()) {
			problems.add(new FieldProblem("caseId", "validation.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static AnchoringStep toStep(int number, SaveStep d, int version) {
		return new AnchoringStep(number, d.forumId(), d.plannedDate(), d.outcome(), Objects.requireNonNullElse(d.summary(), "").strip(),
				d.caseId(), d.deciding(), version);
	}

}
