package no.samhald.insight;

import static no.samhald.insight.engine.AgeSexTable.AGES;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.ComponentAssumptions;
import no.samhald.insight.engine.StandardSchedules;
import no.samhald.platform.InvalidInputException;

/**
 * The user's assumptions for a cohort-component projection. Everything is optional: a named
 * scenario (low, medium, high) fills what is not given; detailed schedules win over summary
 * numbers (fertility by age over a total fertility rate, death probabilities over a life
 * expectancy, migration by age over a yearly total).
 *
 * @param scenario "low", "medium" (default) or "high"
 * @param fertilityByAge births per woman by mother's age 15…49 (35 values)
 * @param deathProbabilitiesMale probability of dying within the year by age 0…105 (106 values); same for female
 * @param netMigrationMale net migrants per year by age 0…105 for the whole area; same for female
 * @param netMigrationPerYear a yearly total spread by {@link #MIGRATION_PROFILE_DESCRIPTION}
 * @param boysShare share of births that are boys (SSB: 0.514)
 * @param changeYear the first year (1 January) the moved values hold; before it the named scenario's own values
 * (without migration) hold, as if nothing had been moved. Null: from the base year on.
 */
public record ProjectionAssumptions(String scenario, Double totalFertility, double[] fertilityByAge,
		Double lifeExpectancyMale, Double lifeExpectancyFemale, double[] deathProbabilitiesMale,
		double[] deathProbabilitiesFemale, Double netMigrationPerYear, double[] netMigrationMale,
		double[] netMigrationFemale, Double boysShare, Integer changeYear) {

	public static final String MIGRATION_PROFILE_DESCRIPTION = "half men, half women; by age a normal curve centred on 27 years (sd 9)";

	/** The named scenarios: total fertility, life expectancy (men, women), multiplier on the given migration. */
	private record Scenario(double tfr, double e0Male, double e0Female, double migrationFactor) {
	}

	private static final Map<String, Scenario> SCENARIOS = Map.of("low", new Scenario(1.35, 81.0, 84.5, 0.5), "medium",
			new Scenario(1.50, 82.5, 85.5, 1.0), "high", new Scenario(1.70, 84.0, 86.5, 1.5));

	public static ProjectionAssumptions none() {
		return named(null);
	}

	/** Only a named scenario ("low", "medium", "high"; null: medium), nothing moved. */
	public static ProjectionAssumptions named(String scenario) {
		return new ProjectionAssumptions(scenario, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** What holds before {@link #changeYear}: the named scenario, nothing moved. */
	public ProjectionAssumptions beforeChange() {
		return named(scenario);
	}

	/**
	 * The same assumptions for a part of the area holding {@code share} of its population: the
	 * migration, given for the whole area, scaled to the part (used when each municipality of an
	 * area is projected on its own, as the backtest does).
	 */
	public ProjectionAssumptions forShare(double share) {
		return new ProjectionAssumptions(scenario, totalFertility, fertilityByAge, lifeExpectancyMale, lifeExpectancyFemale,
				deathProbabilitiesMale, deathProbabilitiesFemale, netMigrationPerYear == null ? null : netMigrationPerYear * share,
				scaled(netMigrationMale, share), scaled(netMigrationFemale, share), boysShare, changeYear);
	}

	private static double[] scaled(double[] values, double factor) {
		if (values == null) {
			return null;
		}
		double[] scaled = values.clone();
		for (int i = 0; i < scaled.length; i++) {
			scaled[i] *= factor;
		}
		return scaled;
	}

	public String scenarioName() {
		return scenario == null || scenario.isBlank() ? "medium" : scenario.strip().toLowerCase(Locale.ROOT);
	}

	/** The engine's assumptions; invalid input becomes a 400 naming the field. */
	public ComponentAssumptions resolve() {
		Scenario base = SCENARIOS.get(scenarioName());
		if (base == null) {
			throw new InvalidInputException("scenario", "insight.scenario.unknown", scenario);
		}
		double[] fertility;
		if (fertilityByAge != null) {
			requireLength("fertilityByAge", fertilityByAge, StandardSchedules.FERTILE_AGES);
			fertility = fertilityByAge.clone();
		}
		else {
			double tfr = totalFertility != null ? totalFertility : base.tfr();
			if (tfr < 0 || tfr > 8) {
				throw new InvalidInputException("totalFertility", "insight.assumption.range", tfr);
			}
			fertility = StandardSchedules.fertilityShape();
			for (int i = 0; i < fertility.length; i++) {
				fertility[i] *= tfr;
			}
		}
		double[][] q = { deaths("Male", deathProbabilitiesMale, lifeExpectancyMale, base.e0Male(), AgeSexTable.MALE),
				deaths("Female", deathProbabilitiesFemale, lifeExpectancyFemale, base.e0Female(), AgeSexTable.FEMALE) };
		double[][] migration = new double[2][AGES];
		if (netMigrationMale != null || netMigrationFemale != null) {
			if (netMigrationMale != null) {
				requireLength("netMigrationMale", netMigrationMale, AGES);
				migration[0] = netMigrationMale.clone();
			}
			if (netMigrationFemale != null) {
				requireLength("netMigrationFemale", netMigrationFemale, AGES);
				migration[1] = netMigrationFemale.clone();
			}
		}
		else if (netMigrationPerYear != null) {
			migration = spread(netMigrationPerYear);
		}
		for (double[] bySex : migration) {
			for (int a = 0; a < AGES; a++) {
				bySex[a] *= base.migrationFactor();
			}
		}
		double boys = boysShare != null ? boysShare : ComponentAssumptions.SSB_BOYS_SHARE;
		try {
			return new ComponentAssumptions(fertility, q, migration, boys);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("assumptions", "insight.assumption.invalid", ex.getMessage());
		}
	}

	private static double[] deaths(String sex, double[] given, Double lifeExpectancy, double scenarioValue, int sexIndex) {
		if (given != null) {
			requireLength("deathProbabilities" + sex, given, AGES);
			return given.clone();
		}
		double target = lifeExpectancy != null ? lifeExpectancy : scenarioValue;
		if (target < 20 || target > 105) {
			throw new InvalidInputException("lifeExpectancy" + sex, "insight.assumption.range", target);
		}
		return StandardSchedules.mortalityFor(sexIndex, target);
	}

	private static double[][] spread(double total) {
		double[][] migration = new double[2][AGES];
		double sum = 0;
		double[] profile = new double[AGES];
		for (int a = 0; a < AGES; a++) {
			double z = (a - 27.0) / 9.0;
			profile[a] = Math.exp(-0.5 * z * z);
			sum += profile[a];
		}
		for (int a = 0; a < AGES; a++) {
			migration[0][a] = total / 2 * profile[a] / sum;
			migration[1][a] = total / 2 * profile[a] / sum;
		}
		return migration;
	}

	private static void requireLength(String field, double[] values, int length) {
		if (values.length != length) {
			throw new InvalidInputException(field, "insight.assumption.length", length, values.length);
		}
	}

	/** What was assumed, in full, so that the projection can be reproduced and explained. */
	public Map<String, Object> describe(ComponentAssumptions resolved) {
		var description = new LinkedHashMap<String, Object>();
		description.put("scenario", scenarioName());
		description.put("totalFertility", round(resolved.totalFertility()));
		description.put("fertility", fertilityByAge != null ? "by mother's age, as given"
				: "total fertility spread on the standard schedule (normal curve, mean 31, sd 5.5)");
		description.put("lifeExpectancyMale", round(resolved.lifeExpectancy(AgeSexTable.MALE)));
		description.put("lifeExpectancyFemale", round(resolved.lifeExpectancy(AgeSexTable.FEMALE)));
		description.put("mortality", deathProbabilitiesMale != null ? "death probabilities as given"
				: "standard schedule scaled (proportional hazards) to the life expectancy");
		double migrants = 0;
		for (double[] bySex : resolved.netMigration()) {
			for (double m : bySex) {
				migrants += m;
			}
		}
		description.put("netMigrationPerYear", round(migrants));
		description.put("migration", netMigrationMale != null || netMigrationFemale != null ? "by sex and age, as given"
				: "yearly total spread " + MIGRATION_PROFILE_DESCRIPTION);
		description.put("boysShare", resolved.boysShare());
		if (changeYear != null) {
			description.put("changeYear", changeYear);
			description.put("beforeChangeYear", "the named scenario's fertility and life expectancy, no net migration");
		}
		description.put("conventions", "106 ages (105 = 105 or older), 1 January to 1 January, rates constant over the horizon");
		description.put("request", this);
		return description;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
