package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;

/**
 * What a cohort-component projection assumes, constant over the horizon, in SSB's conventions:
 * 106 ages (105 = 105 years or older), 1 January to 1 January, boys 51.4 % of births.
 *
 * @param fertility births per woman in the year by mother's age 15…49 (35 values)
 * @param deathProbabilities probability of dying within the year by sex and age, {@code [2][106]}
 * @param netMigration net migrants per year by sex and age at the end of the year, {@code [2][106]}, for the whole
 * projected area (spread over its municipalities by their share of the sex and age)
 * @param boysShare the share of births that are boys
 */
public record ComponentAssumptions(double[] fertility, double[][] deathProbabilities, double[][] netMigration,
		double boysShare) {

	public static final double SSB_BOYS_SHARE = 0.514;

	public ComponentAssumptions {
		if (fertility.length != StandardSchedules.FERTILE_AGES) {
			throw new IllegalArgumentException("fertility needs " + StandardSchedules.FERTILE_AGES + " rates (ages 15–49)");
		}
		check(deathProbabilities, "deathProbabilities");
		check(netMigration, "netMigration");
		for (double[] q : deathProbabilities) {
			for (double p : q) {
				if (p < 0 || p > 1 || Double.isNaN(p)) {
					throw new IllegalArgumentException("deathProbabilities must lie between 0 and 1");
				}
			}
		}
		if (boysShare <= 0 || boysShare >= 1) {
			throw new IllegalArgumentException("boysShare must lie between 0 and 1");
		}
	}

	private static void check(double[][] bySexAndAge, String name) {
		if (bySexAndAge.length != 2 || bySexAndAge[0].length != AGES || bySexAndAge[1].length != AGES) {
			throw new IllegalArgumentException(name + " needs [2][" + AGES + "] values");
		}
	}

	/** A total fertility rate spread over the standard schedule, and life expectancies shifting the standard mortality. */
	public static ComponentAssumptions of(double totalFertility, double lifeExpectancyMale, double lifeExpectancyFemale,
			double[][] netMigration) {
		double[] shape = StandardSchedules.fertilityShape();
		double[] fertility = new double[shape.length];
		for (int i = 0; i < shape.length; i++) {
			fertility[i] = shape[i] * totalFertility;
		}
		double[][] q = { StandardSchedules.mortalityFor(AgeSexTable.MALE, lifeExpectancyMale),
				StandardSchedules.mortalityFor(AgeSexTable.FEMALE, lifeExpectancyFemale) };
		return new ComponentAssumptions(fertility, q, netMigration == null ? new double[2][AGES] : netMigration,
				SSB_BOYS_SHARE);
	}

	public double totalFertility() {
		double sum = 0;
		for (double f : fertility) {
			sum += f;
		}
		return sum;
	}

	public double lifeExpectancy(int sex) {
		return StandardSchedules.lifeExpectancy(deathProbabilities[sex]);
	}

}
