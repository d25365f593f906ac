package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.FEMALE;
import static no.samhald.insight.engine.AgeSexTable.OPEN_AGE;
import static no.samhald.insight.engine.AgeSexTable.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohort-change-ratio (Hamilton–Perry) projection: each cohort moves one year older with the
 * ratio it showed in the observed series, and the youngest cohort comes from the ratio of
 * children to women of child-bearing age.
 * <ul>
 * <li>Ratio for age a (0…104) of a unit and sex: the mean over the observed one-year transitions of
 * P(a+1, t+1) / P(a, t), over transitions where the unit is present both years and P(a, t) &gt; 0.</li>
 * <li>Open group: P(105+, t+1) / (P(104, t) + P(105+, t)), the same way.</li>
 * <li>Births: children aged 0 of each sex per woman aged 15–49 on the same 1 January, mean over the
 * observed years; the projected women of the same year give the children.</li>
 * <li>Pooling (small municipalities): when a unit's exposure for a ratio — the sum of the
 * denominators over the transitions — is under {@link #SMALL_COHORT} persons, the ratio of its
 * county (first two digits of the kommunenummer) replaces it: the county's summed numerators over
 * its summed denominators. A county with no exposure falls back to the national pooled ratio.</li>
 * </ul>
 * Ratios are computed once from the series up to the base year; the projection itself is a
 * multiply per cell and year.
 */
public final class CohortChangeProjection {

	/** Exposure (persons, summed over the transitions) under which a ratio is pooled with the county. */
	public static final double SMALL_COHORT = 50;

	public static final int CHILDBEARING_FROM = 15;

	public static final int CHILDBEARING_TO = 49;

	private final double[] ratios;

	private final double[] childWomanRatios;

	private final int pooledRatios;

	private final int transitions;

	private final List<String> units;

	private final AgeSexTable base;

	private final int baseYear;

	/** Estimates the ratios from every transition in the series up to and including the base year. */
	public CohortChangeProjection(PopulationSeries series, int baseYear) {
		if (!series.hasYear(baseYear)) {
			throw new IllegalArgumentException("No observed population for the base year " + baseYear);
		}
		this.units = series.units();
		this.base = series.table(baseYear);
		this.baseYear = baseYear;
		int n = units.size();
		// Per unit, sex, age: sum of ratios, count of ratios, summed numerators and denominators.
		double[] ratioSum = new double[n * 2 * AGES];
		int[] ratioCount = new int[n * 2 * AGES];
		double[] num = new double[n * 2 * AGES];
		double[] den = new double[n * 2 * AGES];
		int transitionCount = 0;
		for (int year : series.years()) {
			if (year + 1 > baseYear || !series.hasYear(year + 1)) {
				continue;
			}
			transitionCount++;
			AgeSexTable from = series.table(year);
			AgeSexTable to = series.table(year + 1);
			for (int u = 0; u < n; u++) {
				if (!series.isPresent(year, u) || !series.isPresent(year + 1, u)) {
					continue;
				}
				for (int s = 0; s < 2; s++) {
					int o = offset(u, s);
					// Index a holds the ratio a -> a+1; index 104 the open group's (P104 + P105+) -> P105+.
					for (int a = 0; a < OPEN_AGE; a++) {
						double d = a < OPEN_AGE - 1 ? from.values[o + a]
								: from.values[o + a] + from.values[o + OPEN_AGE];
						double nu = to.values[o + a + 1];
						num[o + a] += nu;
						den[o + a] += d;
						if (d > 0) {
							ratioSum[o + a] += nu / d;
							ratioCount[o + a]++;
						}
					}
				}
			}
		}
		this.transitions = transitionCount;
		// County and national pools.
		Map<String, double[][]> countyPools = new HashMap<>();
		double[][] nationalPool = new double[2][2 * AGES];
		for (int u = 0; u < n; u++) {
			double[][] pool = countyPools.computeIfAbsent(County.of(units.get(u)), c -> new double[2][2 * AGES]);
			int o = offset(u, 0);
			for (int i = 0; i < 2 * AGES; i++) {
				pool[0][i] += num[o + i];
				pool[1][i] += den[o + i];
				nationalPool[0][i] += num[o + i];
				nationalPool[1][i] += den[o + i];
			}
		}
		this.ratios = new double[n * 2 * AGES];
		int pooled = 0;
		for (int u = 0; u < n; u++) {
			double[][] county = countyPools.get(County.of(units.get(u)));
			int o = offset(u, 0);
			for (int i = 0; i < 2 * AGES; i++) {
				if (i % AGES == OPEN_AGE) {
					continue;
				}
				if (den[o + i] >= SMALL_COHORT && ratioCount[o + i] > 0) {
					ratios[o + i] = ratioSum[o + i] / ratioCount[o + i];
				}
				else {
					pooled++;
					if (county[1][i] > 0) {
						ratios[o + i] = county[0][i] / county[1][i];
					}
					else if (nationalPool[1][i] > 0) {
						ratios[o + i] = nationalPool[0][i] / nationalPool[1][i];
					}
				}
			}
		}
		this.pooledRatios = pooled;
		this.childWomanRatios = childWomanRatios(series, baseYear);
	}

	/** Children aged 0 of each sex per woman 15–49, mean over the observed years up to the base year. */
	private double[] childWomanRatios(PopulationSeries series, int baseYear) {
		int n = units.size();
		double[] sum = new double[n * 2];
		int[] count = new int[n * 2];
		double[] women = new double[n];
		double[] children = new double[n * 2];
		Map<String, double[]> county = new HashMap<>();
		double[] national = new double[3];
		for (int year : series.years()) {
			if (year > baseYear) {
				continue;
			}
			AgeSexTable table = series.table(year);
			for (int u = 0; u < n; u++) {
				if (!series.isPresent(year, u)) {
					continue;
				}
				double w = women(table.values, u);
				double[] pool = county.computeIfAbsent(County.of(units.get(u)), c -> new double[3]);
				women[u] += w;
				pool[2] += w;
				national[2] += w;
				for (int s = 0; s < 2; s++) {
					double c = table.values[offset(u, s)];
					children[u * 2 + s] += c;
					pool[s] += c;
					national[s] += c;
					if (w > 0) {
						sum[u * 2 + s] += c / w;
						count[u * 2 + s]++;
					}
				}
			}
		}
		double[] result = new double[n * 2];
		for (int u = 0; u < n; u++) {
			double[] pool = county.get(County.of(units.get(u)));
			for (int s = 0; s < 2; s++) {
				if (women[u] >= SMALL_COHORT && count[u * 2 + s] > 0) {
					result[u * 2 + s] = sum[u * 2 + s] / count[u * 2 + s];
				}
				else if (pool != null && pool[2] > 0) {
					result[u * 2 + s] = pool[s] / pool[2];
				}
				else if (national[2] > 0) {
					result[u * 2 + s] = national[s] / national[2];
				}
			}
		}
		return result;
	}

	static double women(double[] values, int unit) {
		int o = offset(unit, FEMALE);
		double w = 0;
		for (int a = CHILDBEARING_FROM; a <= CHILDBEARING_TO; a++) {
			w += values[o + a];
		}
		return w;
	}

	/** Projects from the base year to {@code toYear}; element 0 is the base year itself. */
	public AgeSexTable[] project(int toYear) {
		int steps = Math.max(0, toYear - baseYear);
		AgeSexTable[] years = new AgeSexTable[steps + 1];
		years[0] = base;
		int n = units.size();
		for (int step = 1; step <= steps; step++) {
			double[] p = years[step - 1].values;
			AgeSexTable next = base.emptyLike();
			double[] q = next.values;
			for (int u = 0; u < n; u++) {
				for (int s = 0; s < 2; s++) {
					int o = offset(u, s);
					for (int a = 1; a < OPEN_AGE; a++) {
						q[o + a] = ratios[o + a - 1] * p[o + a - 1];
					}
					q[o + OPEN_AGE] = ratios[o + OPEN_AGE - 1] * (p[o + OPEN_AGE - 1] + p[o + OPEN_AGE]);
				}
				double w = women(q, u);
				q[offset(u, 0)] = childWomanRatios[u * 2] * w;
				q[offset(u, 1)] = childWomanRatios[u * 2 + 1] * w;
			}
			years[step] = next;
		}
		return years;
	}

	/** The ratio that takes age {@code age} to {@code age + 1} (at 104: the open group's ratio). */
	public double ratio(String unit, int sex, int age) {
		return ratios[offset(units.indexOf(unit), sex) + age];
	}

	public double childWomanRatio(String unit, int sex) {
		return childWomanRatios[units.indexOf(unit) * 2 + sex];
	}

	public int pooledRatios() {
		return pooledRatios;
	}

	public int transitions() {
		return transitions;
	}

	public int baseYear() {
		return baseYear;
	}

}
