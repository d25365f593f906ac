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

	@Test
	void aFileOf2024ForTheWholeCountryCoversTheCountryOf2023AndBack() throws Exception {
		List<String> register = register();
		// The register holds 2020–2023 and 2024: a renumbered municipality's new number is the higher one.
		List<String> of2023 = register.stream()
			.filter(code -> !isNewNumber(code) && !code.equals("1508") && !code.equals("1580"))
			.toList();
		List<String> of2024 = register.stream()
			.filter(code -> !isOldNumber(code) && !code.equals("1507"))
			.toList();
		assertThat(of2024).contains("4026", "3205", "5601", "1508", "1580").doesNotContain("3818", "1507");
		assertThat(of2024).hasSize(357);

		assertThat(CountryCoverage.missing(of2023, Set.copyOf(of2024))).isEmpty();
		assertThat(CountryCoverage.missing(register, Set.copyOf(of2024))).isEmpty();
		assertThat(CountryCoverage.missing(of2024, Set.copyOf(of2023))).isEmpty();
		assertThat(CountryCoverage.missing(register, Set.copyOf(of2023))).isEmpty();
	}

	@Test
	void a2024FileWithoutHaramOrTinnLacksThemUnderTheNumbersOfTheCountryItIsJudgedBy() {
		var of2023 = List.of("1507", "3818", "4640");
		assertThat(CountryCoverage.missing(of2023, Set.of("1508", "4026", "4640"))).containsExactly("1580");
		assertThat(CountryCoverage.missing(of2023, Set.of("1508", "1580", "4640"))).containsExactly("3818");
		assertThat(CountryCoverage.missing(of2023, Set.of("4026", "4640"))).containsExactly("1507");
		assertThat(CountryCoverage.missing(List.of("1507", "1508", "1580"), Set.of("4640"))).containsExactly("1507");
		assertThat(CountryCoverage.missing(List.of("1508", "1580"), Set.of("1580"))).containsExactly("1508");
		// An area needs its own municipality: Ålesund of 2024 cannot be counted from the Ålesund of 2023.
		assertThat(CountryCoverage.missingForArea(List.of("1508", "4026"), Set.of("1507", "3818")))
			.containsExactly("1508");
	}

	@Test
	void anAreaHoldingAlesundBeforeTheSplitIsCountedFromAlesundAndHaramIn2024AndNotWithoutOne() {
		var of2024 = Set.of("1508", "1580", "4640");
		assertThat(CountryCoverage.missingForArea(List.of("1507", "4640"), of2024)).isEmpty();
		assertThat(CountryCoverage.unitsOfArea(List.of("1507", "4640"), of2024)).containsExactly("1508", "1580", "4640");
		assertThat(CountryCoverage.missingForArea(List.of("1507", "4640"), Set.of("1508", "4640"))).containsExactly("1580");
		assertThat(CountryCoverage.missingForArea(List.of("1507"), Set.of("4640"))).containsExactly("1507");
		assertThat(CountryCoverage.unitsOfArea(List.of("1507", "3818"), Set.of("1507", "4026"))).containsExactly("1507", "4026");
	}

	private static boolean isNewNumber(String code) {
		String other = CodeSuccession.counterpart(code);
		return other != null && other.compareTo(code) < 0;
	}

	private static boolean isOldNumber(String code) {
		String other = CodeSuccession.counterpart(code);
		return other != null && other.compareTo(code) > 0;
	}

	private static List<String> register() throws java.io.IOException {
		try (var in = CountryCoverageTests.class.getResourceAsStream("/partnership/municipalities.csv")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#") && !line.isBlank())
				.map(line -> line.split(";", 2)[0])
				.toList();
		}
	}

}
