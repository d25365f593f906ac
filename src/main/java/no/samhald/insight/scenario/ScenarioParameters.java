package no.samhald.insight.scenario;

import no.samhald.insight.ProjectionAssumptions;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.ProjectionRequest;

/**
 * Everything that makes a scenario's numbers, beside the data: the area (as the dashboards name
 * it), the method, the base year and the last year, SSB's alternative for the official
 * projection, and the assumptions a leader moves (used by the cohort-component method). Stored
 * whole with a saved scenario, with the base year and the last year filled in, so that the
 * scenario does not move when later years are imported.
 *
 * @param scenario "low", "medium" or "high": what is not moved, and what holds before {@code changeYear}
 */
public record ScenarioParameters(String area, String method, Integer baseYear, Integer to, String alternative,
		String scenario, Double totalFertility, Double lifeExpectancyMale, Double lifeExpectancyFemale,
		Double netMigrationPerYear, Integer changeYear) {

	ProjectionMethod projectionMethod() {
		return ProjectionMethod.of(method);
	}

	ProjectionAssumptions assumptions() {
		return new ProjectionAssumptions(scenario, totalFertility, null, lifeExpectancyMale, lifeExpectancyFemale, null,
				null, netMigrationPerYear, null, null, null, changeYear);
	}

	ProjectionRequest request() {
		return new ProjectionRequest(projectionMethod(), baseYear, assumptions(), alternative);
	}

	/** The same, with the area resolved, the base year and the last year fixed. */
	ScenarioParameters fixed(String areaId, int base, int last) {
		return new ScenarioParameters(areaId, projectionMethod().code(), base, last, alternative, scenario, totalFertility,
				lifeExpectancyMale, lifeExpectancyFemale, netMigrationPerYear, changeYear);
	}

	/** Whether the moved assumptions change anything for this method (only cohort-component uses them). */
	public boolean usesAssumptions() {
		return projectionMethod() == ProjectionMethod.COHORT_COMPONENT;
	}

}
