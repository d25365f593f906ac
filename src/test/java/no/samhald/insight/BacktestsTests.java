package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samhald.insight.engine.SsbTable;
import no.samhald.insight.engine.SsbTable.SeriesYear;
import no.samhald.insight.engine.SsbTableReader;

/** The backtest's figures against a hand computation, and the intervals it tests. */
class BacktestsTests {

	@Test
	void withThreeObservedYearsTheIntervalsAreEachStepAndBothToTheLast() {
		assertThat(Backtests.intervals(List.of(2020, 2021, 2022)))
			.extracting(i -> i[0] + "→" + i[1])
			.containsExactly("2020→2021", "2020→2022", "2021→2022");
		assertThat(Backtests.intervals(List.of(2022))).isEmpty();
	}

	/**
	 * The start populations are the SSB test fixture's (Kinn 7 580, Sogndal 9 700 on 1 January
	 * 2022); the later observed and projected totals are made up. By hand:
	 * Kinn (7 618 − 7 656) / 7 656 = −0.49634 %, no change (7 580 − 7 656) / 7 656 = −0.99269 %;
	 * Sogndal (9 651 − 9 603) / 9 603 = 0.49984 %, no change (9 700 − 9 603) / 9 603 = 1.01010 %;
	 * MAPE (0.49634 + 0.49984) / 2 = 0.49809 %, no change (0.99269 + 1.01010) / 2 = 1.00140 %,
	 * worst Sogndal.
	 */
	@Test
	void mapeNoChangeAndWorstAreThoseOfAHandComputationOnTheFixture() throws IOException {
		double kinn = fixtureTotal("4602");
		double sogndal = fixtureTotal("4640");
		assertThat(kinn).isEqualTo(7_580);
		assertThat(sogndal).isEqualTo(9_700);
		var errors = List.of(error("4602", "Kinn", kinn, 7_656, 7_618), error("4640", "Sogndal", sogndal, 9_603, 9_651));

		Backtest.Interval interval = Backtests.summary(2022, 2023, errors);

		assertThat(interval.possible()).isTrue();
		assertThat(interval.errors().get(0).percentError()).isCloseTo(-0.49634, within(1e-4));
		assertThat(interval.meanAbsolutePercentError()).isCloseTo(0.49809, within(1e-4));
		assertThat(interval.noChangeMeanAbsolutePercentError()).isCloseTo(1.00140, within(1e-4));
		assertThat(interval.worst().name()).isEqualTo("Sogndal");
	}

	@Test
	void withoutMunicipalitiesThereIsNothingToTest() {
		assertThat(Backtests.summary(2020, 2021, List.of()).problem()).isEqualTo("backtest.noMunicipalities");
	}

	private static Backtest.Error error(String code, String name, double start, double observed, double projected) {
		return new Backtest.Error(code, name, start, observed, projected, Backtests.percent(projected, observed));
	}

	private static double fixtureTotal(String code) throws IOException {
		byte[] file;
		try (var in = BacktestsTests.class.getResourceAsStream("/ssb/population_by_age_sex_2022_synthetic.csv")) {
			file = in.readAllBytes();
		}
		SsbTable table = new SsbTableReader(c -> true).read(file);
		int[][] counts = table.cells().get(new SeriesYear(SsbTable.OBSERVED, 2022)).get(code);
		return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
	}

}
