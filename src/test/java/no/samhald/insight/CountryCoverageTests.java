package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.samhald.insight.engine.PopulationSeries;

class CountryCoverageTests {

	private static final int[] PEOPLE = new int[106];

	@Test
	void aYearWithTwoMunicipalitiesOfTheCountryLacksAllTheOthers() {
		var country = List.of("0301", "4602", "4640", "4649", "5001");
		assertThat(CountryCoverage.missing(country, Set.of("4602", "4640"))).containsExactly("0301", "4649", "5001");
	}

	@Test
	void aRenumberedMunicipalityCountsUnderEitherNumberAndIsNamedOnce() {
		// The register holds both Horten numbers (3801 until 2023, 3901 from 2024).
		var register = List.of("3801", "3901", "4640");
		assertThat(CountryCoverage.missing(register, Set.of("3901", "4640"))).isEmpty();
		assertThat(CountryCoverage.missing(register, Set.of("3801", "4640"))).isEmpty();
		assertThat(CountryCoverage.missing(register, Set.of("4640"))).containsExactly("3801");
	}

	@Test
	void theCountryOfAYearIsThatOfTheNearestStoredYear() {
		var observed = new PopulationSeries(List.of("3801", "3901", "4640", "rest"));
		for (String unit : List.of("3801", "4640", "rest")) {
			observed.put(2022, unit, 0, PEOPLE);
		}
		for (String unit : List.of("3901", "4640")) {
			observed.put(2024, unit, 0, PEOPLE);
		}
		assertThat(CountryCoverage.nearestStoredYear(observed, 2021)).containsExactly("3801", "4640");
		assertThat(CountryCoverage.nearestStoredYear(observed, 2025)).containsExactly("3901", "4640");
		assertThat(CountryCoverage.nearestOtherYear(observed, 2024)).containsExactly("3801", "4640");
		assertThat(CountryCoverage.nearestStoredYear(new PopulationSeries(List.of()), 2024)).isEmpty();
	}

}
