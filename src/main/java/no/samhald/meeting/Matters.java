package no.samhald.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 * several forums, with the outcome in each and the case in that forum's meeting.
 */
@Service
public class Matters {

	private final MatterRepository matters;

	private final CaseRepository cases;

	private final Forums forums;

	private final Access access;

	private final AuditLog audit;

	Matters(MatterRepository matters, CaseRepository cases, Forums forums, Access access, AuditLog audit) {
		this.matters = matters;
		this.cases = cases;
		this.forums = forums;
		this.access = access;
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
	public Matter addStep(Community community, long id, StepDetails details) {
		access.requireCoordinator(community.slug());
		Matter matter = get(community, id);
		check(community, details);
		var steps = new ArrayList<>(matter.steps());
		steps.add(step(details));
		Matter saved = save(matter, steps);
		audit.record(community.slug(), "matter.step.added", "matter " + id, details.getForumId() + " " + details.getPlannedDate());
		return saved;
	}

	/** Replaces the step at {@code index} (its place in date order) with what was typed. */
	@Transactional
	public Matter updateStep(Community community, long id, int index, StepDetails details) {
		access.requireCoordinator(community.slug());
		Matter matter = get(community, id);
		if (index < 0 || index >= matter.steps().size()) {
			throw new NotFoundException("anchoring step", index);
		}
		check(community, details);
		var steps = new ArrayList<>(matter.steps());
		steps.set(index, step(details));
		Matter saved = save(matter, steps);
		audit.record(community.slug(), "matter.step.updated", "matter " + id,
				"step " + index + ": " + details.getOutcome());
		return saved;
	}

	/** Links a new case to the first unlinked step in its forum, so the timeline points at it. */
	void linkCase(long communityId, long matterId, long forumId, long caseId) {
		matters.findByIdAndCommunityId(matterId, communityId).ifPresent(matter -> {
			var steps = new ArrayList<>(matter.steps());
			for (int i = 0; i < steps.size(); i++) {
				AnchoringStep s = steps.get(i);
				if (s.forumId() == forumId && s.caseId() == null) {
					steps.set(i, new AnchoringStep(s.forumId(), s.plannedDate(), s.outcome(), s.summary(), caseId, s.deciding()));
					save(matter, steps);
					return;
				}
			}
		});
	}

	private Matter save(Matter matter, List<AnchoringStep> steps) {
		steps.sort(Comparator.comparing(AnchoringStep::plannedDate));
		return matters.save(new Matter(matter.id(), matter.communityId(), matter.title(), matter.description(),
				matter.version(), steps));
	}

	private void check(Community community, StepDetails d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.getForumId() == null || forums.all(community.id()).stream().noneMatch(f -> f.id().equals(d.getForumId()))) {
			problems.add(new FieldProblem("forumId", d.getForumId() == null ? "validation.required" : "validation.unknown"));
		}
		if (d.getPlannedDate() == null) {
			problems.add(new FieldProblem("plannedDate", "validation.required"));
		}
		if (d.getOutcome() == null) {
			problems.add(new FieldProblem("outcome", "validation.required"));
		}
		if (d.getCaseId() != null && cases.findByIdAndCommunityId(d.getCaseId(), community.id()).isEmpty()) {
			problems.add(new FieldProblem("caseId", "validation.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static AnchoringStep step(StepDetails d) {
		return new AnchoringStep(d.getForumId(), d.getPlannedDate(), d.getOutcome(),
				d.getSummary() == null ? "" : d.getSummary().strip(), d.getCaseId(), d.isDeciding());
	}

}
