package no.samhald.insight;

import java.util.LinkedHashMap;
import java.util.Map;

import no.samhald.insight.engine.EstimatedComponentProjection;
import no.samhald.insight.engine.NationalSchedules;
import no.samhald.insight.engine.PopulationSeries;

/** What the estimated cohort-component method assumed, for the projection's {@code assumptions}. */
final class EstimatedAssumptions {

	private EstimatedAssumptions() {
	}

	static Map<String, Object> describe(EstimatedComponentProjection model, PopulationSeries observed, int base,
			boolean constrained) {
		var assumptions = new LinkedHashMap<String, Object>();
		assumptions.put("mortality", "Norway's one-year cohort attrition from age " + NationalSchedules.OBSERVED_FROM
				+ " (all municipalities, observed transitions, 5-age mean); below it the standard schedule at life expectancy "
				+ NationalSchedules.LIFE_EXPECTANCY_MALE_2021 + " (men) and " + NationalSchedules.LIFE_EXPECTANCY_FEMALE_2021
				+ " (women); every hazard falls " + percent(NationalSchedules.MORTALITY_IMPROVEMENT) + " a year");
		assumptions.put("fertility", "standard shape (mean age 31) at a level per municipality from its children aged 0 "
				+ "against its women, shrunk towards the county with a weight of "
				+ (int) EstimatedComponentProjection.FERTILITY_SHRINKAGE + " expected births; boys 51.4 %");
		assumptions.put("migration", "net migration rate by sex and age from the residuals of the observed transitions, "
				+ "smoothed over five ages, shrunk towards the county's pooled rate (weight "
				+ (int) EstimatedComponentProjection.MIGRATION_SHRINKAGE
				+ " person-years of smoothed exposure); the difference from the county fades by a factor "
				+ EstimatedComponentProjection.DAMPING + " a year; a net loss is a rate on the current population, "
				+ "a net gain a count on the base year's");
		assumptions.put("constraint", constrained
				? "each county's municipalities sum, per sex and age, to SSB's projection (table 14288, "
						+ OfficialCountyTotals.ALTERNATIVE + ") where it covers the whole county"
				: "none (SSB's projection, table 14288, not imported for whole counties)");
		assumptions.put("observedYears", observed.years().stream().filter(y -> y <= base).toList());
		assumptions.put("transitions", model.transitions());
		return assumptions;
	}

	private static String percent(double share) {
		return Math.round(share * 1000) / 10.0 + " %";
	}

}
