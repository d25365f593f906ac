package no.samhald.insight;

import java.util.List;

/**
 * What a planner looks at for one area: the steering indicators of every year from the base year
 * to the planning horizon, by one projection method.
 *
 * @param keyYears the base year and the planning years after it (2030, 2040)
 * @param years every year from the base year to the horizon
 */
public record Dashboard(Area area, ProjectionMethod method, int baseYear, List<Integer> keyYears,
		List<IndicatorSet> years) {

	public IndicatorSet year(int year) {
		return years.stream().filter(s -> s.year() == year).findFirst().orElseThrow();
	}

	/** The indicators of the key years, in order. */
	public List<IndicatorSet> keySets() {
		return keyYears.stream().map(this::year).toList();
	}

	/** The services the community has entered rates for, in the order of its figures. */
	public List<IndicatorSet.Demand> services() {
		return years.get(0).demand();
	}

}
