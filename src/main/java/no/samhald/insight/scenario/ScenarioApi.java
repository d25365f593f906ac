package no.samhald.insight.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.insight.Backtest;
import no.samhald.insight.Projection;
import no.samhald.insight.YearChecksum;

/**
 * Saved scenarios as JSON, public like their pages: the parameters that reproduce one, the
 * checksums of the data it was saved with, and the projection and backtest computed now.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/scenarios")
record ScenarioApi(Scenarios scenarios) {

	@GetMapping
	List<ScenarioSummary> list(Community community) {
		return scenarios.list(community).stream()
			.map(s -> new ScenarioSummary(s.id(), s.name(), s.parameters(), s.createdAt(),
					"/" + community.slug() + "/insight/scenarios/" + s.id()))
			.toList();
	}

	record ScenarioSummary(long id, String name, ScenarioParameters parameters, Instant savedAt, String page) {
	}

	@GetMapping("/{id}")
	ScenarioJson get(Community community, @PathVariable long id) {
		OpenedScenario opened = scenarios.open(community, id);
		Scenario s = opened.scenario();
		ScenarioResult result = opened.result();
		List<YearJson> years = result == null ? List.of()
				: result.projection().years().stream()
					.map(y -> new YearJson(y.year(), y.observed(), y.total(), y.sum(67, 105), y.sum(80, 105),
							s.savedTotals().get(y.year())))
					.toList();
		return new ScenarioJson(s.id(), s.name(), s.createdAt(), s.parameters(), s.checksums(), opened.dataChanged(),
				opened.changedData().stream().map(YearChecksum::label).toList(), opened.sameNumbers(), opened.problem(),
				result == null ? null : result.projection().assumptions(),
				result == null ? null : result.projection().dataSource(), years, s.savedTotals(),
				result == null ? null : result.backtest());
	}

	/**
	 * @param dataChanged whether any series-year it was saved with has other numbers now
	 * @param sameNumbers whether recomputing gives the totals it was saved with
	 * @param problem a message key when it can no longer be computed
	 */
	record ScenarioJson(long id, String name, Instant savedAt, ScenarioParameters parameters, List<YearChecksum> checksums,
			boolean dataChanged, List<String> changedData, boolean sameNumbers, String problem,
			Map<String, Object> assumptions, Projection.DataSource dataSource, List<YearJson> years,
			Map<Integer, Double> savedTotals, Backtest backtest) {
	}

	/** One year of the projection now, with the total saved with the scenario. */
	record YearJson(int year, boolean observed, double total, double aged67Plus, double aged80Plus, Double savedTotal) {
	}

}
