package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.OPEN_AGE;
import static no.samhald.insight.engine.AgeSexTable.offset;

/**
 * National mortality for the estimated cohort-component method, read from the whole country's
 * series so that the old-age mortality is Norway's own and not a model shape:
 * <ul>
 * <li>from {@link #OBSERVED_FROM} years: the country's one-year cohort attrition
 * 1 − ΣP(a+1, t+1) / ΣP(a, t) over all units and observed transitions, smoothed over five ages (national
 * net migration at these ages is a fraction of a per mille, so attrition is almost all deaths);</li>
 * <li>below: the standard schedule at SSB's life expectancy for 2021 (men 81.6, women 84.7), where
 * deaths are few and attrition is mostly migration;</li>
 * <li>improvement: every hazard falls by {@link #MORTALITY_IMPROVEMENT} a year (about 0.1–0.15
 * years of life expectancy a year, the pace of SSB's main alternative).</li>
 * </ul>
 */
public final class NationalSchedules {

	public static final int OBSERVED_FROM = 65;

	public static final double LIFE_EXPECTANCY_MALE_2021 = 81.6;

	public static final double LIFE_EXPECTANCY_FEMALE_2021 = 84.7;

	public static final double MORTALITY_IMPROVEMENT = 0.01;

	private final double[][] hazards = new double[2][AGES];

	NationalSchedules(PopulationSeries series, int baseYear) {
		double[][] standard = { StandardSchedules.mortalityFor(AgeSexTable.MALE, LIFE_EXPECTANCY_MALE_2021),
				StandardSchedules.mortalityFor(AgeSexTable.FEMALE, LIFE_EXPECTANCY_FEMALE_2021) };
		double[][] attrition = attrition(series, baseYear);
		for (int s = 0; s < 2; s++) {
			for (int a = 0; a < AGES; a++) {
				double q = a >= OBSERVED_FROM && !Double.isNaN(attrition[s][a]) ? smoothed(attrition[s], a) : standard[s][a];
				q = Math.min(0.95, Math.max(standard[s][a] / 2, q));
				hazards[s][a] = -Math.log(1 - q);
			}
		}
	}

	/** Attrition by sex and age a (a → a+1; at 104 and 105 the open group's). NaN without exposure. */
	private static double[][] attrition(PopulationSeries series, int baseYear) {
		double[][] num = new double[2][AGES];
		double[][] den = new double[2][AGES];
		int n = series.units().size();
		for (int year : series.years()) {
			if (year + 1 > baseYear || !series.hasYear(year + 1)) {
				continue;
			}
			double[] from = series.table(year).values;
			double[] to = series.table(year + 1).values;
			for (int u = 0; u < n; u++) {
				if (!series.isPresent(year, u) || !series.isPresent(year + 1, u)) {
					continue;
				}
				for (int s = 0; s < 2; s++) {
					int o = offset(u, s);
					for (int a = 0; a < OPEN_AGE - 1; a++) {
						num[s][a] += to[o + a + 1];
						den[s][a] += from[o + a];
					}
					num[s][OPEN_AGE - 1] += to[o + OPEN_AGE];
					den[s][OPEN_AGE - 1] += from[o + OPEN_AGE - 1] + from[o + OPEN_AGE];
				}
			}
		}
		double[][] q = new double[2][AGES];
		for (int s = 0; s < 2; s++) {
			for (int a = 0; a < OPEN_AGE; a++) {
				q[s][a] = den[s][a] > 0 ? 1 - num[s][a] / den[s][a] : Double.NaN;
			}
			q[s][OPEN_AGE] = q[s][OPEN_AGE - 1];
		}
		return q;
	}

	/** Mean over ages a−2…a+2 that have a value, within the observed range. */
	private static double smoothed(double[] values, int age) {
		double sum = 0;
		int count = 0;
		for (int a = Math.max(OBSERVED_FROM, age - 2); a <= Math.min(OPEN_AGE, age + 2); a++) {
			if (!Double.isNaN(values[a])) {
				sum += values[a];
				count++;
			}
		}
		return sum / count;
	}

	/** Probability of dying within the year at age {@code age}, {@code yearsAhead} years after the base year. */
	double deathProbability(int sex, int age, int yearsAhead) {
		return 1 - Math.exp(-hazards[sex][age] * Math.pow(1 - MORTALITY_IMPROVEMENT, yearsAhead));
	}

	/** The schedule {@code yearsAhead} years after the base year, {@code [2][106]}. */
	public double[][] deathProbabilities(int yearsAhead) {
		double[][] q = new double[2][AGES];
		for (int s = 0; s < 2; s++) {
			for (int a = 0; a < AGES; a++) {
				q[s][a] = deathProbability(s, a, yearsAhead);
			}
		}
		return q;
	}

}
