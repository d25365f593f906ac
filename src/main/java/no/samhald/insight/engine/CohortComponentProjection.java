package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.FEMALE;
import static no.samhald.insight.engine.AgeSexTable.MALE;
import static no.samhald.insight.engine.AgeSexTable.OPEN_AGE;
import static no.samhald.insight.engine.AgeSexTable.offset;

/**
 * The cohort-component projection, one year (1 January to 1 January) at a time:
 * <ol>
 * <li>survivors: P(a+1) = P(a)·(1 − q(a)); the open group keeps its own survivors and takes in the
 * 104-year-olds;</li>
 * <li>births: Σ f(a) over mothers aged 15–49, each rate times the mean of the women of that age at
 * the start and (as survivors) at the end of the year; boys {@code boysShare} of them; they reach
 * 1 January with probability 1 − q(0)/2, having lived half a year on average;</li>
 * <li>net migration by sex and age at the end of the year, spread over the municipalities by their
 * share of that sex and age (by total population where the cell is empty); no cell goes below 0.</li>
 * </ol>
 */
public final class CohortComponentProjection {

	private CohortComponentProjection() {
	}

	/** Element 0 is the base table; element i the population on 1 January of baseYear + i. */
	public static AgeSexTable[] project(AgeSexTable base, int steps, ComponentAssumptions assumptions) {
		AgeSexTable[] years = new AgeSexTable[steps + 1];
		years[0] = base;
		int n = base.units().size();
		double[] f = assumptions.fertility();
		double[][] q = assumptions.deathProbabilities();
		double[][] migration = assumptions.netMigration();
		boolean migrates = hasAny(migration);
		for (int step = 1; step <= steps; step++) {
			double[] p = years[step - 1].values;
			AgeSexTable next = years[step - 1].emptyLike();
			double[] r = next.values;
			for (int u = 0; u < n; u++) {
				for (int s = 0; s < 2; s++) {
					int o = offset(u, s);
					double[] qs = q[s];
					for (int a = 1; a < OPEN_AGE; a++) {
						r[o + a] = p[o + a - 1] * (1 - qs[a - 1]);
					}
					r[o + OPEN_AGE] = p[o + OPEN_AGE - 1] * (1 - qs[OPEN_AGE - 1]) + p[o + OPEN_AGE] * (1 - qs[OPEN_AGE]);
				}
				int w = offset(u, FEMALE);
				double births = 0;
				for (int i = 0; i < f.length; i++) {
					int a = StandardSchedules.FERTILE_FROM + i;
					births += f[i] * (p[w + a] + r[w + a]) / 2;
				}
				r[offset(u, MALE)] = births * assumptions.boysShare() * (1 - q[MALE][0] / 2);
				r[offset(u, FEMALE)] = births * (1 - assumptions.boysShare()) * (1 - q[FEMALE][0] / 2);
			}
			if (migrates) {
				migrate(next, migration);
			}
			years[step] = next;
		}
		return years;
	}

	private static void migrate(AgeSexTable table, double[][] migration) {
		double[] v = table.values;
		int n = table.units().size();
		double total = table.total();
		double[] unitTotals = new double[n];
		for (int u = 0; u < n; u++) {
			unitTotals[u] = table.total(u);
		}
		for (int s = 0; s < 2; s++) {
			for (int a = 0; a < AGES; a++) {
				double m = migration[s][a];
				if (m == 0) {
					continue;
				}
				double cell = 0;
				for (int u = 0; u < n; u++) {
					cell += v[offset(u, s) + a];
				}
				for (int u = 0; u < n; u++) {
					int i = offset(u, s) + a;
					double share = cell > 0 ? v[i] / cell : total > 0 ? unitTotals[u] / total : 1.0 / n;
					v[i] = Math.max(0, v[i] + m * share);
				}
			}
		}
	}

	private static boolean hasAny(double[][] values) {
		for (double[] row : values) {
			for (double v : row) {
				if (v != 0) {
					return true;
				}
			}
		}
		return false;
	}

}
