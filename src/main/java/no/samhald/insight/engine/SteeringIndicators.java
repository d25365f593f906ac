package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Computes the steering indicators from a population by sex and age. Demand: for each service,
 * Σ over age groups of (users per 1 000 in the base year / 1 000) × the group's population, times
 * (1 + yearly change)^(year − base year); full-time equivalents = users × FTE per user.
 */
public final class SteeringIndicators {

	/** The share of those aged 75+ estimated to be frail, unless the community sets its own. */
	public static final double DEFAULT_FRAIL_SHARE = 0.31;

	private SteeringIndicators() {
	}

	public static IndicatorValues compute(double[][] bySexAndAge, int year, double frailShare, List<DemandRate> services) {
		double[] ages = new double[AGES];
		double total = 0;
		for (int a = 0; a < AGES; a++) {
			ages[a] = bySexAndAge[0][a] + bySexAndAge[1][a];
			total += ages[a];
		}
		var groups = new EnumMap<AgeGroup, Double>(AgeGroup.class);
		for (AgeGroup group : AgeGroup.values()) {
			groups.put(group, range(ages, group.from(), group.to()));
		}
		double aged67 = range(ages, 67, AGES - 1);
		double aged75 = range(ages, 75, AGES - 1);
		double aged15to66 = range(ages, 15, 66);
		double aged20to66 = range(ages, 20, 66);
		var demand = new ArrayList<IndicatorValues.Demand>();
		for (DemandRate rate : services) {
			double users = 0;
			for (var entry : rate.usersPerThousand().entrySet()) {
				users += entry.getValue() / 1000 * groups.get(entry.getKey());
			}
			users *= Math.pow(1 + rate.yearlyChange(), year - rate.baseYear());
			demand.add(new IndicatorValues.Demand(rate.service(), users, users * rate.fullTimeEquivalentsPerUser()));
		}
		return new IndicatorValues(total, groups, aged67, aged75, range(ages, 80, AGES - 1), range(ages, 90, AGES - 1),
				ratio(aged20to66, aged67), ratio(aged15to66, aged67), frailShare, frailShare * aged75, demand);
	}

	private static double ratio(double a, double b) {
		return b == 0 ? Double.NaN : a / b;
	}

	private static double range(double[] ages, int from, int to) {
		double sum = 0;
		for (int a = from; a <= to; a++) {
			sum += ages[a];
		}
		return sum;
	}

}
