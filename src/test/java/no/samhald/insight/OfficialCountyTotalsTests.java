package no.samhald.insight;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.MALE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.samhald.insight.engine.PopulationSeries;

class OfficialCountyTotalsTests {

	static int[] filled(int value) {
		int[] counts = new int[AGES];
		Arrays.fill(counts, value);
		return counts;
	}

	static PopulationSeries observed() {
		var series = new PopulationSeries(List.of("0301", "4601", "4602", "4603"));
		for (int s = 0; s < 2; s++) {
			series.put(2022, "0301", s, filled(10));
			series.put(2022, "4601", s, filled(10));
			series.put(2022, "4602", s, filled(10));
			series.put(2022, "4603", s, filled(0));
		}
		return series;
	}

	static PopulationSeries official(String... units) {
		var series = new PopulationSeries(List.of(units));
		for (String unit : units) {
			for (int s = 0; s < 2; s++) {
				series.put(2030, unit, s, filled(unit.equals("4601") ? 3 : 4));
			}
		}
		return series;
	}

	@Test
	void aCountyCountsWhenTheOfficialTableHoldsEveryInhabitedMunicipalityOfIt() {
		var data = new PopulationSnapshot(1, observed(), Map.of("MMMM", official("4601", "4602", "0301")), List.of());
		var totals = OfficialCountyTotals.of(data, 2022).orElseThrow();
		// 4603 has no inhabitants: Vestland counts without it.
		assertThat(totals.of("46", 2030)[MALE][40]).isEqualTo(7);
		assertThat(totals.of("03", 2030)[MALE][40]).isEqualTo(4);
		assertThat(totals.of("46", 2031)).isNull();
	}

	@Test
	void aTableOfSomeMunicipalitiesOrAnotherAlternativeIsNoCountyTotal() {
		var some = new PopulationSnapshot(1, observed(), Map.of("MMMM", official("4601")), List.of());
		assertThat(OfficialCountyTotals.of(some, 2022)).isEmpty();
		var other = new PopulationSnapshot(1, observed(), Map.of("LLML", official("4601", "4602", "0301")), List.of());
		assertThat(OfficialCountyTotals.of(other, 2022)).isEmpty();
	}

}
