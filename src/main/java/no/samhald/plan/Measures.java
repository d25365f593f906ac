package no.samhald.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/** Every measure of every plan of the community, in one read (My work's overdue list). */
	public List<Measure> ofCommunity(long communityId) {
		return measures.findByCommunityIdOrderById(communityId);
	}

	/** Those of the measures that exist in the community, in one read; a missing id is left out. */
	public List<Measure> withIds(long communityId, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : measures.findByCommunityIdAndIdInOrderById(communityId, ids);
	}

	/**
	 * The date of each measure's latest status report, in one read, for those of the community's
	 * measures that have one: what {@link #statusReportedFor} needs, for many measures at once.
	 */
	public Map<Long, LocalDate> latestStatusDates(long communityId, Collection<Long> measureIds) {
		if (measureIds.isEmpty()) {
			return Map.of();
		}
		return updates.findLatestOfMeasures(communityId, measureIds).stream()
			.collect(Collectors.toMap(StatusUpdate::measureId, StatusUpdate::statusDate, (a, b) -> a));
	}

	/** The measure's status reports, newest first. */
	public List<StatusUpdate> history(long communityId, long measureId) {
		get(communityId, measureId);
		return updates.findByMeasureIdOrderByStatusDateDescIdDesc(measureId);
	}

	/**
	 * Whether the measure's status for one of the plan's reporting dates is in, given the date of its
	 * latest status report ({@link #latestStatusDates}): a status dated after the previous reporting
	 * date (or the plan's start) answers it. The one rule for reminders and for "Mitt arbeid".
	 */
	public static boolean statusReportedFor(ActionPlan plan, Optional<LocalDate> latestStatusDate, LocalDate reportingDate) {
		return latestStatusDate.filter(date -> date.isAfter(plan.reportingPeriodStart(reportingDate))).isPresent();
	}

	/** The measure in the next plan that this one was carried over into, if any. */
	public Optional<Measure> carriedInto(long communityId, long measureId) {
		return measures.findByOriginId(measureId).filter(m -> m.communityId().equals(communityId));
	}

	@Transactional
	public Measure create(Community community, long planId, SaveMeasure measure) {
		access.requireCoordinator(community.slug());
		plans.get(community.id(), planId);
		check(community.id(), planId, measure);
		Measure saved = measures.save(toMeasure(null, community.id(), planId, measure, null, 0));
		audit.record(community.slug(), "measure.created", "measure " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code measure.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Measure update(Community community, long id, SaveMeasure measure) {
		access.requireCoordinator(community.slug());
		Measure current = get(community.id(), id);
		check(community.id(), current.actionPlanId(), measure);
		Measure saved = measures.save(toMeasure(id, community.id(), current.actionPlanId(), measure, current.originId(),
				measure.version()));
		audit.record(community.slug(), "measure.updated", "measure " + id,
				String.join(", ", measure.fieldsChangedIn(current)));
		return saved;
	}

	/** The measure, if it is one of the plan's; otherwise a {@link NotFoundException}. */
	public Measure inPlan(long communityId, long planId, long id) {
		Measure measure = get(communityId, id);
		if (measure.actionPlanId() != planId) {
			throw new NotFoundException("measure", id);
		}
		return measure;
	}

	/**
	 * Adds a dated status report, by the measure's owner or a coordinator, and makes its status the
	 * measure's current one.
	 */
	@Transactional
	public StatusUpdate report(Community community, long measureId, ReportStatus report) {
		Measure measure = get(community.id(), measureId);
		access.requireReporterOnMeasure(community.slug(), measureId);
		var problems = new ArrayList<FieldProblem>(
				PlanRules.statusDate(report.statusDate(), updates.findByMeasureIdOrderByStatusDateDescIdDesc(measureId)));
		if (report.status() == null) {
			problems.add(new FieldProblem("status", "validation.required"));
		}
		problems.addAll(PlanRules.statusComment(report.comment()));
		PlanRules.throwIfAny(problems);
		StatusUpdate saved = updates.save(new StatusUpdate(null, community.id(), measureId, report.statusDate(),
				report.status(), PlanRules.text(report.comment()), access.currentUsername(), Instant.now(clock)));
		if (measure.status() != report.status()) {
			measures.save(measure.withStatus(report.status()));
		}
		audit.record(community.slug(), "measure.statusReported", "measure " + measureId,
				report.statusDate() + ": " + report.status());
		events.publishEvent(new MeasureStatusReported(community.id(), measureId, report.status(), report.statusDate()));
		return saved;
	}

	private Measure toMeasure(Long id, long communityId, long planId, SaveMeasure m, Long originId, int version) {
		return new Measure(id, communityId, planId, m.areaId(), m.title().strip(), PlanRules.text(m.description()),
				m.patientGroup(), m.forumId(), m.ownerId(), m.status(), PlanRules.text(m.target()), m.startDate(),
				m.dueDate(), originId, version);
	}

	private void check(long communityId, long planId, SaveMeasure d) {
		var problems = new ArrayList<FieldProblem>();
		if (Text.isBlank(d.title())) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		if (d.areaId() == null) {
			problems.add(new FieldProblem("areaId", "validation.required"));
		}
		else if (areas.findById(d.areaId()).filter(a -> a.actionPlanId().equals(planId)).isEmpty()) {
			problems.add(new FieldProblem("areaId", "validation.unknown"));
		}
		if (d.status() == null) {
			problems.add(new FieldProblem("status", "validation.required"));
		}
		problems.addAll(PlanRules.measureDates(d.startDate(), d.dueDate()));
		references.checkForum(communityId, d.forumId(), "forumId", problems);
		references.checkPerson(communityId, d.ownerId(), "ownerId", problems);
		PlanRules.throwIfAny(problems);
	}

}
