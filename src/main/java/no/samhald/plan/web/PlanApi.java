package no.samhald.plan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.Measures;
import no.samhald.plan.PlanArea;
import no.samhald.plan.ReportStatus;
import no.samhald.plan.PlanStatusCounts;
import no.samhald.plan.StatusCounts;
import no.samhald.plan.StatusUpdate;
import no.samhald.plan.Strategies;
import no.samhald.plan.Strategy;
import no.samhald.platform.NotFoundException;

/**
 * Strategies, action plans and measures as JSON under {@code /api/v1/communities/{community}}.
 * Plans are public documents; only who typed a status report is left out. A measure's owner or a
 * coordinator adds status reports.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/plans")
record PlanApi(Strategies strategies, ActionPlans plans, Measures measures, PartnershipNames names,
		PlanStatusCounts statusCounts) {

	@GetMapping
	PlansJson plans(Community community) {
		var counted = statusCounts.byPlan(community.id());
		return new PlansJson(strategies.all(community.id()).stream().map(StrategyJson::of).toList(),
				plans.all(community.id()).stream().map(p -> ActionPlanJson.of(p, PlanStatusCounts.of(counted, p.id())))
					.toList());
	}

	@GetMapping("/{id}/measures")
	List<MeasureJson> measures(Community community, @PathVariable long id) {
		Map<Long, PlanArea> areas = plans.areas(community.id(), id).stream()
			.collect(Collectors.toMap(PlanArea::id, a -> a));
		Map<Long, String> forums = names.forums(community.id());
		Map<Long, String> people = names.people(community.id());
		return measures.ofPlan(community.id(), id).stream()
			.map(m -> MeasureJson.of(m, areas.get(m.areaId()), forums, people, measures.history(community.id(), m.id())))
			.toList();
	}

	/**
	 * A dated status report on a measure of the plan, by the measure's owner or a coordinator:
	 * 201 with the report, 404 when the measure is not in that plan.
	 */
	@PostMapping("/{planId}/measures/{measureId}/status-updates")
	ResponseEntity<StatusUpdateJson> reportStatus(Community community, @PathVariable long planId,
			@PathVariable long measureId, @RequestBody ReportStatus report) {
		measures.inPlan(community.id(), planId, measureId);
		StatusUpdate saved = measures.report(community, measureId, report);
		return ResponseEntity.created(URI.create(statusUpdatesOf(community, planId, measureId) + "/" + saved.id()))
			.body(StatusUpdateJson.of(saved));
	}

	/** The measure's status reports, newest first. */
	@GetMapping("/{planId}/measures/{measureId}/status-updates")
	List<StatusUpdateJson> statusUpdates(Community community, @PathVariable long planId, @PathVariable long measureId) {
		measures.inPlan(community.id(), planId, measureId);
		return measures.history(community.id(), measureId).stream().map(StatusUpdateJson::of).toList();
	}

	@GetMapping("/{planId}/measures/{measureId}/status-updates/{id}")
	StatusUpdateJson statusUpdate(Community community, @PathVariable long planId, @PathVariable long measureId,
			@PathVariable long id) {
		measures.inPlan(community.id(), planId, measureId);
		return measures.history(community.id(), measureId).stream()
			.filter(u -> u.id() == id)
			.findFirst()
			.map(StatusUpdateJson::of)
			.orElseThrow(() -> new NotFoundException("status update", id));
	}

	private static String statusUpdatesOf(Community community, long planId, long measureId) {
		return "/api/v1/communities/" + community.slug() + "/plans/" + planId + "/measures/" + measureId
				+ "/status-updates";
	}

	record PlansJson(List<StrategyJson> strategies, List<ActionPlanJson> actionPlans) {
	}

	record StrategyJson(long id, String title, int firstYear, int lastYear, String summary, List<FocusAreaJson> focusAreas,
			List<PriorityGroupJson> priorityGroups) {

		static StrategyJson of(Strategy s) {
			return new StrategyJson(s.id(), s.title(), s.firstYear(), s.lastYear(), s.summary(),
					s.focusAreas().stream().map(f -> new FocusAreaJson(f.title(), f.description(), f.priorityList())).toList(),
					s.priorityGroups().stream()
						.map(g -> new PriorityGroupJson(g.patientGroup().name(), g.patientGroup().isNational(), g.description(),
								g.commitment()))
						.toList());
		}

	}

	record FocusAreaJson(String title, String description, List<String> priorities) {
	}

	record PriorityGroupJson(String patientGroup, boolean national, String description, String commitment) {
	}

	record ActionPlanJson(long id, String title, LocalDate startDate, LocalDate endDate, Long strategyId,
			Long predecessorId, Long forumId, String summary, Map<String, Long> statusCounts) {

		static ActionPlanJson of(ActionPlan p, StatusCounts counts) {
			var byName = new LinkedHashMap<String, Long>();
			counts.byStatus().forEach((status, count) -> byName.put(status.name(), count));
			return new ActionPlanJson(p.id(), p.title(), p.startDate(), p.endDate(), p.strategyId(), p.predecessorId(),
					p.forumId(), p.summary(), byName);
		}

	}

	record MeasureJson(long id, int areaNumber, String area, String title, String description, String patientGroup,
			Long forumId, String forum, Long ownerId, String owner, String status, String target, LocalDate startDate,
			LocalDate dueDate, Long originId, int version, List<StatusUpdateJson> statusUpdates) {

		static MeasureJson of(Measure m, PlanArea area, Map<Long, String> forums, Map<Long, String> people,
				List<StatusUpdate> history) {
			return new MeasureJson(m.id(), area.number(), area.title(), m.title(), m.description(),
					m.patientGroup() == null ? null : m.patientGroup().name(), m.forumId(), forums.get(m.forumId()),
					m.ownerId(), people.get(m.ownerId()), m.status().name(), m.target(), m.startDate(), m.dueDate(),
					m.originId(), m.version(),
					history.stream().map(StatusUpdateJson::of).toList());
		}

	}

	record StatusUpdateJson(long id, LocalDate statusDate, String status, String comment) {

		static StatusUpdateJson of(StatusUpdate u) {
			return new StatusUpdateJson(u.id(), u.statusDate(), u.status().name(), u.comment());
		}

	}

}
