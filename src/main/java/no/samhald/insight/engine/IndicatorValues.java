package no.samhald.insight.engine;

import java.util.List;
import java.util.Map;

/**
 * The steering indicators of one area and year.
 *
 * @param workingAgePerElderly people aged 20–66 per person aged 67+
 * @param economicallyActivePerPensioner people aged 15–66 per person aged 67+ ("yrkesaktive per pensjonist")
 * @param frailElderly the estimated number of frail elderly: {@code frailShare} of those aged 75+
 */
public record IndicatorValues(double total, Map<AgeGroup, Double> ageGroups, double aged67Plus, double aged75Plus,
		double aged80Plus, double aged90Plus, double workingAgePerElderly, double economicallyActivePerPensioner,
		double frailShare, double frailElderly, List<Demand> demand) {

	/** Users of a service and the full-time equivalents they need. */
	public record Demand(String service, double users, double fullTimeEquivalents) {
	}

}
