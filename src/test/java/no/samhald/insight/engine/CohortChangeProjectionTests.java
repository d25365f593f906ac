package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.FEMALE;
import static no.samhald.insight.engine.AgeSexTable.MALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CohortChangeProjectionTests {

	static int[] filled(int value) {
		int[] counts = new int[AGES];
		Arrays.fill(counts, value);
		return counts;
	}

	/** 100 at every age in 2020; 90 at every age in 2021 except 63 aged 0. */
	static PopulationSeries oneMunicipality() {
		var series = new PopulationSeries(List.of("4640"));
		for (int s = 0; s < 2; s++) {
			series.put(2020, "4640", s, filled(100));
			int[] next = filled(90);
			next[0] = 63;
			series.put(2021, "4640", s, next);
		}
		return series;
	}

	@Test
	void ratiosAreTheObservedCohortChangeAndTheOpenGroupTakesInTheOldest() {
		var projection = new CohortChangeProjection(oneMunicipality(), 2021);
		assertThat(projection.ratio("4640", MALE, 30)).isCloseTo(0.9, within(1e-12));
		// 90 aged 105+ in 2021 out of 100 aged 104 and 100 aged 105+ in 2020.
		assertThat(projection.ratio("4640", FEMALE, 104)).isCloseTo(0.45, within(1e-12));
		// Children per woman 15–49: 100/3500 in 2020, 63/3150 in 2021.
		assertThat(projection.childWomanRatio("4640", MALE)).isCloseTo((100.0 / 3500 + 63.0 / 3150) / 2, within(1e-12));
	}

	@Test
	void projectsOneYearByHand() {
		var projection = new CohortChangeProjection(oneMunicipality(), 2021);
		AgeSexTable[] years = projection.project(2023);
		assertThat(years).hasSize(3);
		AgeSexTable y2022 = years[1];
		assertThat(y2022.get(0, FEMALE, 1)).isCloseTo(0.9 * 63, within(1e-9));
		assertThat(y2022.get(0, FEMALE, 50)).isCloseTo(81, within(1e-9));
		assertThat(y2022.get(0, MALE, 105)).isCloseTo(0.45 * (90 + 90), within(1e-9));
		double women = 35 * 81;
		double cwr = (100.0 / 3500 + 63.0 / 3150) / 2;
		assertThat(y2022.get(0, MALE, 0)).isCloseTo(cwr * women, within(1e-9));
	}

	@Test
	void smallCohortsTakeTheirCountysPooledRatio() {
		var series = new PopulationSeries(List.of("4601", "4602", "0301"));
		for (int s = 0; s < 2; s++) {
			series.put(2020, "4601", s, filled(1000));
			series.put(2021, "4601", s, filled(900));
			series.put(2020, "4602", s, filled(1));
			series.put(2021, "4602", s, filled(2));
			series.put(2020, "0301", s, filled(1000));
			series.put(2021, "0301", s, filled(1100));
		}
		var projection = new CohortChangeProjection(series, 2021);
		assertThat(projection.ratio("4601", MALE, 10)).isCloseTo(0.9, within(1e-12));
		// Only Vestland (46) is pooled: Oslo's 1.1 does not enter.
		assertThat(projection.ratio("4602", MALE, 10)).isCloseTo(902.0 / 1001, within(1e-12));
		assertThat(projection.pooledRatios()).isGreaterThan(0);
	}

}
