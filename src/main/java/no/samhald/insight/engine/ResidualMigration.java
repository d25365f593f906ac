package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.OPEN_AGE;
import static no.samhald.insight.engine.AgeSexTable.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Net migration rates by unit, sex and age, estimated as what survival does not explain:
 * R(a) = P(a, t+1) − (1 − q(a−1))·P(a−1, t) per observed transition, over the exposure P(a−1, t)
 * (the open group: P(104) and P(105+) with their own survival).
 * <ol>
 * <li>Smoothing: residuals and exposures summed with triangular weights 1-2-3-2-1 over ages a−2…a+2, so
 * that a single cohort's move (a class of students, a reception centre) does not become a rule for that age.</li>
 * <li>Shrinkage: rate = (R + K·reference) / (E + K) with K = {@link #SHRINKAGE_EXPOSURE} person-years: a
 * small municipality's rate is mostly its reference's, a city's mostly its own.</li>
 * <li>Reference: the pooled rate of the municipalities of the same county (first two digits of the
 * kommunenummer); where the county has less than K of exposure at an age, the national pooled rate.</li>
 * </ol>
 * Age 0 has no migration rate here: the infants who move are in the estimated fertility level.
 */
final class ResidualMigration {

	/** Prior weight of the reference rate, in person-years at one age. */
	static final double SHRINKAGE_EXPOSURE = 1000;

	private final double[] rates;

	private final double[] references;

	ResidualMigration(PopulationSeries series, int baseYear, NationalSchedules mortality) {
		List<String> units = series.units();
		int n = units.size();
		double[] residual = new double[n * 2 * AGES];
		double[] exposure = new double[n * 2 * AGES];
		for (int year : series.years()) {
			if (year + 1 > baseYear || !series.hasYear(year + 1)) {
				continue;
			}
			double[][] q = mortality.deathProbabilities(year - baseYear);
			double[] from = series.table(year).values;
			double[] to = series.table(year + 1).values;
			for (int u = 0; u < n; u++) {
				if (series.isPresent(year, u) && series.isPresent(year + 1, u)) {
					addResiduals(from, to, u, q, residual, exposure);
				}
			}
		}
		double[] r = smooth(residual);
		double[] e = smooth(exposure);
		Map<String, double[][]> counties = new HashMap<>();
		double[][] national = new double[2][2 * AGES];
		for (int u = 0; u < n; u++) {
			addTo(counties.computeIfAbsent(County.of(units.get(u)), c -> new double[2][2 * AGES]), r, e, u);
			addTo(national, r, e, u);
		}
		this.rates = new double[n * 2 * AGES];
		this.references = new double[n * 2 * AGES];
		for (int u = 0; u < n; u++) {
			double[][] group = counties.get(County.of(units.get(u)));
			int o = offset(u, 0);
			for (int i = 0; i < 2 * AGES; i++) {
				double[][] pool = group[1][i] >= SHRINKAGE_EXPOSURE ? group : national;
				double reference = pool[1][i] > 0 ? pool[0][i] / pool[1][i] : 0;
				references[o + i] = reference;
				rates[o + i] = (r[o + i] + SHRINKAGE_EXPOSURE * reference) / (e[o + i] + SHRINKAGE_EXPOSURE);
			}
		}
	}

	private static void addResiduals(double[] from, double[] to, int u, double[][] q, double[] residual,
			double[] exposure) {
		for (int s = 0; s < 2; s++) {
			int o = offset(u, s);
			for (int a = 1; a < OPEN_AGE; a++) {
				double start = from[o + a - 1];
				residual[o + a] += to[o + a] - start * (1 - q[s][a - 1]);
				exposure[o + a] += start;
			}
			double older = from[o + OPEN_AGE - 1];
			double oldest = from[o + OPEN_AGE];
			residual[o + OPEN_AGE] += to[o + OPEN_AGE] - older * (1 - q[s][OPEN_AGE - 1]) - oldest * (1 - q[s][OPEN_AGE]);
			exposure[o + OPEN_AGE] += older + oldest;
		}
	}

	/** Triangular 1-2-3-2-1 sums over ages 1…105 of each unit and sex (age 0 stays 0). */
	private static double[] smooth(double[] values) {
		double[] smooth = new double[values.length];
		for (int o = 0; o < values.length; o += AGES) {
			for (int a = 1; a < AGES; a++) {
				double sum = 0;
				for (int k = -2; k <= 2; k++) {
					int b = a + k;
					if (b >= 1 && b < AGES) {
						sum += (3 - Math.abs(k)) * values[o + b];
					}
				}
				smooth[o + a] = sum;
			}
		}
		return smooth;
	}

	private static void addTo(double[][] pool, double[] r, double[] e, int u) {
		int o = offset(u, 0);
		for (int i = 0; i < 2 * AGES; i++) {
			pool[0][i] += r[o + i];
			pool[1][i] += e[o + i];
		}
	}

	/** The shrunk rate of the unit (index), sex and age at the end of the year. */
	double rate(int unit, int sex, int age) {
		return rates[offset(unit, sex) + age];
	}

	double reference(int unit, int sex, int age) {
		return references[offset(unit, sex) + age];
	}

}
