package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.FEMALE;
import static no.samhald.insight.engine.AgeSexTable.MALE;
import static no.samhald.insight.engine.CohortChangeProjectionTests.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EstimatedComponentProjectionTests {

	/** The synthetic 2022 file as 2021, and 2022 as each of its cohorts one year older, a tenth fewer and with children. */
	static PopulationSeries synthetic() throws IOException {
		byte[] file;
		try (var in = EstimatedComponentProjectionTests.class.getResourceAsStream("/ssb/population_by_age_sex_2022_synthetic.csv")) {
			file = in.readAllBytes();
		}
		SsbTable table = new SsbTableReader(code -> true).read(file);
		var byUnit = table.cells().values().iterator().next();
		var series = new PopulationSeries(new ArrayList<>(byUnit.keySet()));
		byUnit.forEach((unit, counts) -> {
			for (int s = 0; s < 2; s++) {
				int[] next = new int[AGES];
				next[0] = counts[s][0];
				for (int a = 1; a < AGES; a++) {
					next[a] = (int) Math.round(counts[s][a - 1] * 0.9);
				}
				series.put(2021, unit, s, counts[s]);
				series.put(2022, unit, s, next);
			}
		});
		return series;
	}

	/** A big municipality that keeps 1 000 in every cell and a tiny one that doubles from 1 to 2, in one county. */
	static PopulationSeries bigAndTiny() {
		var series = new PopulationSeries(List.of("4601", "4602", "0301"));
		for (int s = 0; s < 2; s++) {
			series.put(2020, "4601", s, filled(1000));
			series.put(2021, "4601", s, filled(1000));
			series.put(2020, "4602", s, filled(1));
			series.put(2021, "4602", s, filled(2));
			series.put(2020, "0301", s, filled(1000));
			series.put(2021, "0301", s, filled(1100));
		}
		return series;
	}

	@Test
	void aTinyMunicipalitysMigrationIsShrunkTowardsItsCountyAndABigOnesHardlyAtAll() {
		var projection = new EstimatedComponentProjection(bigAndTiny(), 2021);
		double county = projection.referenceRate("4602", MALE, 40);
		assertThat(projection.referenceRate("4601", MALE, 40)).isEqualTo(county);
		// The tiny one's own rate is about +1 (1 → 2); nine person-years of smoothed exposure against 1 000.
		double tiny = projection.migrationRate("4602", MALE, 40, 1);
		assertThat(tiny - county).isBetween(0.0, 0.01);
		// The big one's own rate (≈ its deaths, made good by migration) weighs 9 000 against 1 000.
		double big = projection.migrationRate("4601", MALE, 40, 1);
		assertThat(Math.abs(big - county)).isLessThan(Math.abs(tiny - county) * 2 + 1e-3);
		// Oslo (03) is another county: its growth does not enter Vestland's reference.
		assertThat(projection.referenceRate("0301", MALE, 40)).isGreaterThan(0.05);
		assertThat(county).isLessThan(0.01);
	}

	@Test
	void aMunicipalitysDifferenceFromItsCountyFadesEveryYear() {
		var projection = new EstimatedComponentProjection(bigAndTiny(), 2021);
		double reference = projection.referenceRate("4602", FEMALE, 30);
		double first = projection.migrationRate("4602", FEMALE, 30, 1) - reference;
		double fifth = projection.migrationRate("4602", FEMALE, 30, 5) - reference;
		assertThat(first).isNotZero();
		assertThat(fifth).isCloseTo(first * Math.pow(EstimatedComponentProjection.DAMPING, 4), within(1e-15));
	}

	@Test
	void oldAgeMortalityIsTheCountrysCohortAttritionImprovingEveryYear() {
		var series = new PopulationSeries(List.of("4640"));
		for (int s = 0; s < 2; s++) {
			series.put(2020, "4640", s, filled(1000));
			series.put(2021, "4640", s, filled(900));
		}
		var mortality = new EstimatedComponentProjection(series, 2021).mortality();
		assertThat(mortality.deathProbability(MALE, 80, 0)).isCloseTo(0.1, within(1e-12));
		double hazard = -Math.log(0.9) * Math.pow(1 - NationalSchedules.MORTALITY_IMPROVEMENT, 10);
		assertThat(mortality.deathProbability(FEMALE, 80, 10)).isCloseTo(1 - Math.exp(-hazard), within(1e-12));
		// Under 65 the standard schedule: a 30-year-old's risk is far below the cohort's 10 % loss.
		assertThat(mortality.deathProbability(MALE, 30, 0)).isLessThan(0.002);
	}

	@Test
	void countyTotalsAreMetExactlyPerSexAndAgeAndOtherCountiesAreLeftAlone() throws IOException {
		PopulationSeries series = synthetic();
		double[][] target = new double[2][AGES];
		for (int a = 0; a < AGES; a++) {
			target[MALE][a] = 100 + a;
			target[FEMALE][a] = a % 7 == 0 ? 0 : 50;
		}
		var projection = new EstimatedComponentProjection(series, 2022);
		AgeSexTable[] free = projection.project(2040);
		AgeSexTable[] bound = projection.project(2040, (county, year) -> county.equals("46") ? target : null);
		int[] vestland = { free[0].indexOf("4602"), free[0].indexOf("4640") };
		int halden = free[0].indexOf("3001");
		for (int step = 1; step < bound.length; step++) {
			double[][] sum = bound[step].sum(vestland);
			for (int s = 0; s < 2; s++) {
				for (int a = 0; a < AGES; a++) {
					assertThat(sum[s][a]).isCloseTo(target[s][a], within(1e-9));
				}
			}
			assertThat(bound[step].total(halden)).isEqualTo(free[step].total(halden));
		}
	}

	@Test
	void noCellGoesBelowZeroAndTheSameSeriesGivesTheSameNumbers() throws IOException {
		PopulationSeries series = synthetic();
		AgeSexTable[] first = new EstimatedComponentProjection(series, 2022).project(2100);
		AgeSexTable[] second = new EstimatedComponentProjection(series, 2022).project(2100);
		for (int step = 0; step < first.length; step++) {
			assertThat(second[step].values).containsExactly(first[step].values);
			for (double v : first[step].values) {
				assertThat(v).isGreaterThanOrEqualTo(0).isFinite();
			}
		}
		// Each cohort lost a tenth in a year: the projection falls, but not to nothing within the century.
		int kinn = first[0].indexOf("4602");
		assertThat(first[78].total(kinn)).isLessThan(first[0].total(kinn)).isPositive();
	}

	@Test
	void aMunicipalitysFertilityLevelComesFromItsChildrenAndWomen() {
		var projection = new EstimatedComponentProjection(bigAndTiny(), 2021);
		// 1 000 children aged 0 a year against 1 000 women at each age 15–49: about 2 000 births per 1 000 women-ages, TFR ≈ 2.
		assertThat(projection.fertilityLevel("4601")).isBetween(1.9, 2.1);
		assertThat(projection.fertilityLevel("4602")).isBetween(1.9, 2.1);
	}

}
