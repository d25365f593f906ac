package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SteeringIndicatorsTests {

	@Test
	void computesGroupsDependencyFrailtyAndDemandByHand() {
		double[][] population = new double[2][AGES];
		for (int a = 0; a < AGES; a++) {
			population[0][a] = 10;
			population[1][a] = 10;
		}
		var homeCare = new DemandRate("home-care", Map.of(AgeGroup.AGE_80_89, 200.0, AgeGroup.AGE_90_PLUS, 500.0), 2022,
				0.01, 0.5);
		IndicatorValues v = SteeringIndicators.compute(population, 2024, 0.31, List.of(homeCare));
		assertThat(v.total()).isEqualTo(2120);
		assertThat(v.ageGroups().get(AgeGroup.AGE_0_5)).isEqualTo(120);
		assertThat(v.ageGroups().get(AgeGroup.AGE_90_PLUS)).isEqualTo(320);
		assertThat(v.aged67Plus()).isEqualTo(780);
		assertThat(v.aged75Plus()).isEqualTo(620);
		// 20–66 is 47 ages, 15–66 is 52 ages, 67+ is 39 ages.
		assertThat(v.workingAgePerElderly()).isCloseTo(47.0 / 39, within(1e-12));
		assertThat(v.economicallyActivePerPensioner()).isCloseTo(52.0 / 39, within(1e-12));
		assertThat(v.frailElderly()).isCloseTo(0.31 * 620, within(1e-9));
		double users = (0.2 * 200 + 0.5 * 320) * 1.01 * 1.01;
		assertThat(v.demand().get(0).users()).isCloseTo(users, within(1e-9));
		assertThat(v.demand().get(0).fullTimeEquivalents()).isCloseTo(users * 0.5, within(1e-9));
	}

}
