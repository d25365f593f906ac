package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.FEMALE;
import static no.samhald.insight.engine.AgeSexTable.MALE;
import static no.samhald.insight.engine.AgeSexTable.OPEN_AGE;
import static no.samhald.insight.engine.AgeSexTable.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohort-component projection with its components estimated from the observed series, one year
 * (1 January to 1 January) at a time, for every unit at once:
 * <ol>
 * <li>deaths: the {@link NationalSchedules national schedule}, improving every year;</li>
 * <li>births: the standard fertility shape (mean age 31) at a level estimated per municipality from the
 * children aged 0 against the women of each age, shrunk towards the county's level with a weight of
 * {@link #FERTILITY_SHRINKAGE} expected births; boys 51.4 %;</li>
 * <li>net migration: the unit's {@link ResidualMigration shrunk residual rate} by sex and age, whose
 * difference from its reference fades by {@link #DAMPING} a year (half of it is gone after about four
 * years): a short period's moves, such as 2020–2022's, are not extrapolated for decades, while the
 * pattern shared by similar municipalities of the county (the young leaving, families coming back) stays;</li>
 * <li>constraint: when {@link CountyTotals} are given, each county's municipalities are scaled per sex
 * and age so that they sum to the county's total of the year (a cell with no one gets the county's
 * figure in proportion to the municipalities' totals).</li>
 * </ol>
 * No cell goes below zero, and the same series and base year give the same numbers.
 */
public final class EstimatedComponentProjection {

	public static final double DAMPING = 0.85;

	public static final double FERTILITY_SHRINKAGE = 30;

	public static final double MIGRATION_SHRINKAGE = ResidualMigration.SHRINKAGE_EXPOSURE;

	/** Known totals per county (two-digit code) and year, by {@code [sex][age]}; null when there is none. */
	@FunctionalInterface
	public interface CountyTotals {

		double[][] of(String county, int year);

		CountyTotals NONE = (county, year) -> null;

	}

	private final List<String> units;

	private final AgeSexTable base;

	private final int baseYear;

	private final NationalSchedules mortality;

	private final ResidualMigration migration;

	private final double[] fertilityLevels;

	private final double[] fertilityShape = StandardSchedules.fertilityShape();

	private final int transitions;

	public EstimatedComponentProjection(PopulationSeries series, int baseYear) {
		if (!series.hasYear(baseYear)) {
			throw new IllegalArgumentException("No observed population for the base year " + baseYear);
		}
		this.units = series.units();
		this.base = series.table(baseYear);
		this.baseYear = baseYear;
		this.transitions = (int) series.years().stream().filter(y -> y < baseYear && series.hasYear(y + 1)).count();
		this.mortality = new NationalSchedules(series, baseYear);
		this.migration = new ResidualMigration(series, baseYear, mortality);
		this.fertilityLevels = fertilityLevels(series);
	}

	/** Births per woman (TFR) per unit: Σ children aged 0 / Σ births expected at TFR 1, shrunk towards the county. */
	private double[] fertilityLevels(PopulationSeries series) {
		int n = units.size();
		double[] births = new double[n];
		double[] expected = new double[n];
		for (int year : series.years()) {
			if (year + 1 > baseYear || !series.hasYear(year + 1)) {
				continue;
			}
			double[] from = series.table(year).values;
			double[] to = series.table(year + 1).values;
			double[][] q = mortality.deathProbabilities(year - baseYear);
			for (int u = 0; u < n; u++) {
				if (series.isPresent(year, u) && series.isPresent(year + 1, u)) {
					births[u] += to[offset(u, MALE)] / (1 - q[MALE][0] / 2) + to[offset(u, FEMALE)] / (1 - q[FEMALE][0] / 2);
					expected[u] += expectedBirths(from, to, u, 1.0);
				}
			}
		}
		Map<String, double[]> counties = new HashMap<>();
		double[] national = new double[2];
		for (int u = 0; u < n; u++) {
			double[] county = counties.computeIfAbsent(County.of(units.get(u)), c -> new double[2]);
			county[0] += births[u];
			county[1] += expected[u];
			national[0] += births[u];
			national[1] += expected[u];
		}
		double nationalLevel = national[1] > 0 ? national[0] / national[1] : 0;
		double[] levels = new double[n];
		for (int u = 0; u < n; u++) {
			double[] county = counties.get(County.of(units.get(u)));
			double countyLevel = county[1] > 0 ? county[0] / county[1] : nationalLevel;
			levels[u] = (births[u] + FERTILITY_SHRINKAGE * countyLevel) / (expected[u] + FERTILITY_SHRINKAGE);
		}
		return levels;
	}

	/** Births in a year from women at its start ({@code from}) and survivors at its end ({@code to}). */
	private double expectedBirths(double[] from, double[] to, int u, double level) {
		int w = offset(u, FEMALE);
		double births = 0;
		for (int i = 0; i < fertilityShape.length; i++) {
			int a = StandardSchedules.FERTILE_FROM + i;
			births += fertilityShape[i] * (from[w + a] + to[w + a]) / 2;
		}
		return births * level;
	}

	public AgeSexTable[] project(int toYear) {
		return project(toYear, CountyTotals.NONE);
	}

	/** Element 0 is the base year itself; element i the population on 1 January of baseYear + i. */
	public AgeSexTable[] project(int toYear, CountyTotals totals) {
		int steps = Math.max(0, toYear - baseYear);
		AgeSexTable[] years = new AgeSexTable[steps + 1];
		years[0] = base;
		for (int step = 1; step <= steps; step++) {
			years[step] = step(years[step - 1], step);
			constrain(years[step], baseYear + step, totals);
		}
		return years;
	}

	private AgeSexTable step(AgeSexTable previous, int step) {
		double[] p = previous.values;
		AgeSexTable next = previous.emptyLike();
		double[] r = next.values;
		double[][] q = mortality.deathProbabilities(step - 1);
		double fade = Math.pow(DAMPING, step - 1);
		for (int u = 0; u < units.size(); u++) {
			for (int s = 0; s < 2; s++) {
				int o = offset(u, s);
				for (int a = 1; a < OPEN_AGE; a++) {
					r[o + a] = Math.max(0, p[o + a - 1] * (1 - q[s][a - 1]) + migrants(u, s, a, fade, p[o + a - 1]));
				}
				double open = p[o + OPEN_AGE - 1] * (1 - q[s][OPEN_AGE - 1]) + p[o + OPEN_AGE] * (1 - q[s][OPEN_AGE]);
				r[o + OPEN_AGE] = Math.max(0, open + migrants(u, s, OPEN_AGE, fade, p[o + OPEN_AGE - 1] + p[o + OPEN_AGE]));
			}
			double births = expectedBirths(p, r, u, fertilityLevels[u]);
			r[offset(u, MALE)] = births * ComponentAssumptions.SSB_BOYS_SHARE * (1 - q[MALE][0] / 2);
			r[offset(u, FEMALE)] = births * (1 - ComponentAssumptions.SSB_BOYS_SHARE) * (1 - q[FEMALE][0] / 2);
		}
		return next;
	}

	/**
	 * Net migrants of the year at the end of the year's age {@code a}: a net loss is a rate on those who could leave
	 * (the exposure now), a net gain a count on the base year's exposure, since those who move in come from
	 * elsewhere and do not dwindle with the municipality (rates would spiral a declining municipality down).
	 */
	private double migrants(int u, int s, int a, double fade, double exposure) {
		double m = rate(u, s, a, fade);
		return m < 0 ? m * exposure : m * baseExposure(u, s, a);
	}

	private double baseExposure(int u, int s, int a) {
		int o = offset(u, s);
		return a < OPEN_AGE ? base.values[o + a - 1] : base.values[o + OPEN_AGE - 1] + base.values[o + OPEN_AGE];
	}

	/** The net migration rate of the year: the reference plus the unit's own difference, faded. */
	private double rate(int u, int s, int a, double fade) {
		double reference = migration.reference(u, s, a);
		return reference + (migration.rate(u, s, a) - reference) * fade;
	}

	private void constrain(AgeSexTable table, int year, CountyTotals totals) {
		if (totals == CountyTotals.NONE) {
			return;
		}
		Map<String, List<Integer>> byCounty = new HashMap<>();
		for (int u = 0; u < units.size(); u++) {
			byCounty.computeIfAbsent(County.of(units.get(u)), c -> new java.util.ArrayList<>()).add(u);
		}
		byCounty.forEach((county, members) -> {
			double[][] target = totals.of(county, year);
			if (target != null) {
				CountyConstraint.scale(table, members, target);
			}
		});
	}

	/** The estimated total fertility rate of a unit. */
	public double fertilityLevel(String unit) {
		return fertilityLevels[units.indexOf(unit)];
	}

	/** The net migration rate of a unit, sex and age (at the end of the year) in the {@code step}th projected year. */
	public double migrationRate(String unit, int sex, int age, int step) {
		return rate(units.indexOf(unit), sex, age, Math.pow(DAMPING, step - 1));
	}

	public double referenceRate(String unit, int sex, int age) {
		return migration.reference(units.indexOf(unit), sex, age);
	}

	public NationalSchedules mortality() {
		return mortality;
	}

	public int transitions() {
		return transitions;
	}

	public int baseYear() {
		return baseYear;
	}

}
