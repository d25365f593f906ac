package no.samhald.insight.engine;

import static no.samhald.insight.engine.AgeSexTable.AGES;
import static no.samhald.insight.engine.AgeSexTable.FEMALE;
import static no.samhald.insight.engine.AgeSexTable.MALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class CohortComponentProjectionTests {

	private static AgeSexTable flat(List<String> units, double... perUnit) {
		var table = new AgeSexTable(units);
		for (int u = 0; u < units.size(); u++) {
			for (int s = 0; s < 2; s++) {
				for (int a = 0; a < AGES; a++) {
					table.set(u, s, a, perUnit[u]);
				}
			}
		}
		return table;
	}

	@Test
	void survivesBearsAndSplitsBirthsBySsbsBoysShare() {
		double[] fertility = new double[StandardSchedules.FERTILE_AGES];
		fertility[30 - 15] = 0.1;
		double[][] q = new double[2][AGES];
		q[FEMALE][29] = 0.5;
		q[MALE][0] = 0.01;
		q[MALE][105] = 1;
		q[FEMALE][105] = 1;
		var assumptions = new ComponentAssumptions(fertility, q, new double[2][AGES], ComponentAssumptions.SSB_BOYS_SHARE);
		AgeSexTable next = CohortComponentProjection.project(flat(List.of("4640"), 100), 1, assumptions)[1];
		assertThat(next.get(0, FEMALE, 30)).isCloseTo(50, within(1e-9));
		assertThat(next.get(0, MALE, 30)).isCloseTo(100, within(1e-9));
		assertThat(next.get(0, MALE, 1)).isCloseTo(99, within(1e-9));
		// Open group: the 104-year-olds come in, the 105+ all die.
		assertThat(next.get(0, MALE, 105)).isCloseTo(100, within(1e-9));
		// Births: 0.1 × (100 women aged 30 at the start + 50 at the end) / 2 = 7.5.
		assertThat(next.get(0, MALE, 0)).isCloseTo(7.5 * 0.514 * (1 - 0.005), within(1e-9));
		assertThat(next.get(0, FEMALE, 0)).isCloseTo(7.5 * 0.486, within(1e-9));
	}

	@Test
	void spreadsNetMigrationByEachMunicipalitysShare() {
		double[][] migration = new double[2][AGES];
		migration[MALE][50] = 20;
		migration[FEMALE][40] = -1000;
		double[][] q = new double[2][AGES];
		var assumptions = new ComponentAssumptions(new double[StandardSchedules.FERTILE_AGES], q, migration, 0.514);
		AgeSexTable next = CohortComponentProjection.project(flat(List.of("4601", "4602"), 300, 100), 1, assumptions)[1];
		assertThat(next.get(0, MALE, 50)).isCloseTo(315, within(1e-9));
		assertThat(next.get(1, MALE, 50)).isCloseTo(105, within(1e-9));
		assertThat(next.get(0, FEMALE, 40)).isZero();
	}

	@Test
	void lifeExpectancyTargetShiftsTheStandardSchedule() {
		double[] q = StandardSchedules.mortalityFor(MALE, 81.5);
		assertThat(StandardSchedules.lifeExpectancy(q)).isCloseTo(81.5, within(0.01));
		var assumptions = ComponentAssumptions.of(1.5, 81.5, 84.5, null);
		assertThat(assumptions.totalFertility()).isCloseTo(1.5, within(1e-12));
		assertThat(assumptions.lifeExpectancy(FEMALE)).isCloseTo(84.5, within(0.01));
	}

	@Test
	void lifeExpectancyOfNoDeathsBefore105IsExact() {
		double[] q = new double[AGES];
		q[105] = 1 - Math.exp(-1);
		// 105 full years (half-years at the ends cancel: 0.5 + 104 + 0.5) then 1/hazard = 1 year.
		assertThat(StandardSchedules.lifeExpectancy(q)).isCloseTo(106, within(1e-9));
	}

}
