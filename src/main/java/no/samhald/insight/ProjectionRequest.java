package no.samhald.insight;

/**
 * How to project: the method, optionally the base year (default: the last observed year), the
 * assumptions of a cohort-component projection, and SSB's alternative for the official one
 * (default MMMM, the main alternative).
 */
public record ProjectionRequest(ProjectionMethod method, Integer baseYear, ProjectionAssumptions assumptions,
		String alternative) {

	public static ProjectionRequest of(ProjectionMethod method) {
		return new ProjectionRequest(method, null, ProjectionAssumptions.none(), null);
	}

	public ProjectionAssumptions assumptionsOrNone() {
		return assumptions == null ? ProjectionAssumptions.none() : assumptions;
	}

}
