package no.samhald.insight;

import java.util.List;
import java.util.Map;

/**
 * The steering indicators of an area in a year.
 *
 * @param observed true when the year's population is observed, false when projected by {@code method}
 * @param ageGroups persons in 0-5, 6-15, 16-19, 20-66, 67-79, 80-89, 90+
 * @param workingAgePerElderly persons aged 20–66 per person aged 67+
 * @param economicallyActivePerPensioner persons aged 15–66 per person aged 67+ ("yrkesaktive per pensjonist")
 * (both null when nobody is 67 or older)
 * @param frailElderly {@code frailShare} × persons aged 75+
 */
public record IndicatorSet(Area area, int year, boolean observed, String method, double total,
		Map<String, Double> ageGroups, double aged67Plus, double aged75Plus, double aged80Plus, double aged90Plus,
		Double workingAgePerElderly, Double economicallyActivePerPensioner, double frailShare, double frailElderly,
		List<Demand> demand) {

	/** Users of a service in the year and the full-time equivalents (årsverk) they need. */
	public record Demand(String service, String name, double users, double fullTimeEquivalents) {
	}

}
