package no.samhald.insight.scenario;

import java.util.List;

import no.samhald.insight.YearChecksum;

/**
 * A saved scenario recomputed from its parameters on today's data.
 *
 * @param changedData the series-years whose numbers differ from those the scenario was saved with
 * (or that are no longer stored); empty when the data are the same
 * @param differentYears the years whose total now differs from the saved one
 * @param result null when it can no longer be computed (then {@code problem}, a message key, says why)
 */
public record OpenedScenario(Scenario scenario, ScenarioResult result, List<YearChecksum> changedData,
		List<Integer> differentYears, String problem, List<Object> problemArguments) {

	public boolean dataChanged() {
		return !changedData.isEmpty();
	}

	public boolean sameNumbers() {
		return result != null && differentYears.isEmpty();
	}

	/** The saved total of a year, for the table beside today's. */
	public Double savedTotal(int year) {
		return scenario.savedTotals().get(year);
	}

}
