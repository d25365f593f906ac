package no.samhald.insight;

import java.util.LinkedHashMap;
import java.util.Map;

import no.samhald.insight.engine.CohortChangeProjection;
import no.samhald.insight.engine.PopulationSeries;

/** What the cohort-change (Hamilton–Perry) method assumed, for the projection's {@code assumptions}. */
final class CohortChangeAssumptions {

	private CohortChangeAssumptions() {
	}

	static Map<String, Object> describe(CohortChangeProjection model, PopulationSeries observed, int base) {
		var assumptions = new LinkedHashMap<String, Object>();
		assumptions.put("ratios", "mean of P(a+1, t+1) / P(a, t) over the observed one-year transitions up to the base year, per municipality, sex and age");
		assumptions.put("openGroup", "105+: P(105+, t+1) / (P(104, t) + P(105+, t))");
		assumptions.put("births", "children aged 0 of each sex per woman aged 15-49 on the same 1 January, mean over the observed years");
		assumptions.put("pooling", "a ratio whose exposure (sum of denominators over the transitions) is under "
				+ (int) CohortChangeProjection.SMALL_COHORT
				+ " persons takes the county's pooled ratio (first two digits of the kommunenummer), else the national one");
		assumptions.put("observedYears", observed.years().stream().filter(y -> y <= base).toList());
		assumptions.put("transitions", model.transitions());
		assumptions.put("pooledRatiosNationally", model.pooledRatios());
		return assumptions;
	}

}
