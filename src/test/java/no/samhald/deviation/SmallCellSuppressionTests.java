package no.samhald.deviation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellSuppressionTests {

	@Test
	void countsOfOneToFourAreHiddenAndLargerOnesShown() {
		CountTable table = SmallCellSuppression.table("category", counts("A", 12L, "B", 3L, "C", 2L, "D", 9L));
		assertThat(shown(table)).containsExactly(12L, null, null, 9L);
		assertThat(table.total().count()).isEqualTo(26);
	}

	@Test
	void aSingleSmallCellTakesTheSmallestOtherCellWithItSoTheTotalDoesNotGiveItAway() {
		CountTable table = SmallCellSuppression.table("category", counts("A", 12L, "B", 3L, "C", 7L, "D", 0L));
		assertThat(shown(table)).containsExactly(12L, null, null, 0L);
		assertThat(table.total().count()).isEqualTo(22);
	}

	@Test
	void twoHiddenOnesAreNotLeftAloneBecauseTheirSumWouldTellThatBothAreOne() {
		CountTable table = SmallCellSuppression.table("status", counts("A", 1L, "B", 1L, "C", 8L, "D", 20L));
		assertThat(shown(table)).containsExactly(null, null, null, 20L);
	}

	@Test
	void zeroIsShownBecauseItPointsAtNobody() {
		CountTable table = SmallCellSuppression.table("status", counts("A", 0L, "B", 6L, "C", 5L));
		assertThat(shown(table)).containsExactly(0L, 6L, 5L);
		assertThat(table.hasSuppressedCells()).isFalse();
	}

	@Test
	void aSmallTotalHidesEverythingButZeros() {
		CountTable table = SmallCellSuppression.table("status", counts("A", 3L, "B", 0L));
		assertThat(shown(table)).containsExactly(null, 0L);
		assertThat(table.total().suppressed()).isTrue();
	}

	@Test
	void whenNoOtherCellCanBeHiddenTheTotalIsHidden() {
		CountTable table = SmallCellSuppression.table("status",
				counts("A", 1L, "B", 1L, "C", 0L, "D", 1L, "E", 1L, "F", 1L));
		assertThat(table.total().suppressed()).isTrue();
		assertThat(shown(table)).containsExactly(null, null, 0L, null, null, null);
	}

	@Test
	void noHiddenCountCanBeWorkedOutFromTheTotalAndTheShownCells() {
		var random = new java.util.Random(5);
		for (int run = 0; run < 2000; run++) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (int i = 0; i < 2 + random.nextInt(6); i++) {
				counts.put("K" + i, (long) (random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(30)));
			}
			CountTable table = SmallCellSuppression.table("x", counts);
			var hidden = table.cells().stream().filter(CountCell::suppressed).toList();
			assertThat(table.cells()).noneMatch(c -> !c.suppressed() && c.count() > 0 && c.count() < 5);
			if (!table.total().suppressed() && !hidden.isEmpty()) {
				long hiddenSum = table.total().count()
						- table.cells().stream().filter(c -> !c.suppressed()).mapToLong(CountCell::count).sum();
				// Exactly derivable only if one cell is hidden, or all hidden cells must be 1.
				assertThat(hidden.size()).as(counts.toString()).isGreaterThan(1);
				assertThat(hiddenSum).as(counts.toString()).isGreaterThan(hidden.size());
			}
		}
	}

	private static List<Long> shown(CountTable table) {
		return table.cells().stream().map(CountCell::count).toList();
	}

	private static Map<String, Long> counts(Object... keysAndCounts) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < keysAndCounts.length; i += 2) {
			counts.put((String) keysAndCounts[i], (Long) keysAndCounts[i + 1]);
		}
		return counts;
	}

}
