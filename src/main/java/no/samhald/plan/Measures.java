package no.samhald.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/** Measures of action plans and their status history. Every method is scoped by the community's id. */
@Service
public class Measures {

	private final MeasureRepository measures;

	private final PlanAreaRepository areas;

	private final StatusUpdateRepository updates;

	private final ActionPlans plans;

	private final References references;

	private final AuditLog audit;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Measures(MeasureRepository measures, PlanAreaRepository areas, StatusUpdateRepository updates, ActionPlans plans,
			References references, AuditLog audit, Access access, ApplicationEventPublisher events, Clock clock) {
		this.measures = measures;
		this.areas = areas;
		this.updates = updates;
		this.plans = plans;
		this.references = references;
		this.audit = audit;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	public List<Measure> ofPlan(long communityId, long planId) {
		plans.get(communityId, planId);
		return measures.findByActionPlanIdOrderById(planId);
	}

	public Measure get(long communityId, long id) {
		return measures.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("measure", id));
	}

	/** The measure's status reports, newest first. */
	public List<StatusUpdate> history(long communityId, long measureId) {
		get(communityId, measureId);
		return updates.findByMeasureIdOrderByStatusDateDescIdDesc(measureId);
	}

	/** The measure in the next plan that this one was carried over into, if any. */
	public Optional<Measure> carriedInto(long communityId, long measureId) {
		return measures.findByOriginId(measureId).filter(m -> m.communityId().equals(communityId));
	}

	@Transactional
	public Measure create(long communityId, String communitySlug, long planId, MeasureDetails details) {
		plans.get(communityId, planId);
		check(communityId, planId, details);
		Measure saved = measures.save(toMeasure(null, communityId, planId, details, null, 0));
		audit.record(communitySlug, "measure.created", "measure " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code details.getVersion()} (then OptimisticLockingFailureException). */
	@Transactional
	public Measure update(long communityId, String communitySlug, long id, MeasureDetails details) {
		Measure current = get(communityId, id);
		check(communityId, current.actionPlanId(), details);
		Measure saved = measures.save(toMeasure(id, communityId, current.actionPlanId(), details, current.originId(),
				details.getVersion()));
		audit.record(communitySlug, "measure.updated", "measure " + id, String.join(", ", details.fieldsChangedIn(current)));
		return saved;
	}

	/** Adds a dated status report and makes its status the measure's current one. */
	@Transactional
	public StatusUpdate report(long communityId, String communitySlug, long measureId, StatusUpdateDetails details) {
		Measure measure = get(communityId, measureId);
		var problems = new ArrayList<FieldProblem>(
				PlanRules.statusDate(details.getStatusDate(), updates.findByMeasureIdOrderByStatusDateDescIdDesc(measureId)));
		if (details.getStatus() == null) {
			problems.add(new FieldProblem("status", "validation.required"));
		}
		PlanRules.throwIfAny(problems);
		StatusUpdate saved = updates.save(new StatusUpdate(null, communityId, measureId, details.getStatusDate(),
				details.getStatus(), Objects.requireNonNullElse(details.getComment(), "").strip(),
				access.currentUsername(), Instant.now(clock)));
		if (measure.status() != details.getStatus()) {
			measures.save(measure.withStatus(details.getStatus()));
		}
		audit.record(communitySlug, "measure.statusReported", "measure " + measureId,
				details.getStatusDate() + ": " + details.getStatus());
		events.publishEvent(new MeasureStatusReported(communityId, measureId, details.getStatus(), details.getStatusDate()));
		return saved;
	}

	private Measure toMeasure(Long id, long communityId, long planId, MeasureDetails d, Long originId, int version) {
		return new Measure(id, communityId, planId, d.getAreaId(), d.getTitle().strip(),
				Objects.requireNonNullElse(d.getDescription(), "").strip(), d.getPatientGroup(), d.getForumId(),
				d.getOwnerId(), d.getStatus(), Objects.requireNonNullElse(d.getTarget(), "").strip(), d.getStartDate(),
				d.getDueDate(), originId, version);
	}

	private void check(long communityId, long planId, MeasureDetails d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.getTitle() == null || d.getTitle().isBlank()) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		if (d.getAreaId() == null) {
			problems.add(new FieldProblem("areaId", "validation.required"));
		}
		else if (areas.findById(d.getAreaId()).filter(a -> a.actionPlanId().equals(planId)).isEmpty()) {
			problems.add(new FieldProblem("areaId", "validation.unknown"));
		}
		if (d.getStatus() == null) {
			problems.add(new FieldProblem("status", "validation.required"));
		}
		problems.addAll(PlanRules.measureDates(d.getStartDate(), d.getDueDate()));
		references.checkForum(communityId, d.getForumId(), "forumId", problems);
		references.checkPerson(communityId, d.getOwnerId(), "ownerId", problems);
		PlanRules.throwIfAny(problems);
	}

}
