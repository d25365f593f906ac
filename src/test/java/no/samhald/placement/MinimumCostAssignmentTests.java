package no.samhald.placement;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinimumCostAssignmentTests {

	@Test
	void findsTheCheapestAssignmentWhereGreedyWouldNot() {
		// Greedy gives row 0 column 0 (1) and row 1 column 1 (100): 101. Best is 2 + 3 = 5.
		long[][] cost = { { 1, 2 }, { 3, 100 } };
		assertThat(MinimumCostAssignment.solve(cost)).containsExactly(1, 0);
	}

	@Test
	void leavesSpareColumnsUnusedAndEachColumnOnce() {
		long[][] cost = { { 5, 1, 9 }, { 5, 1, 2 } };
		int[] columns = MinimumCostAssignment.solve(cost);
		assertThat(columns).containsExactly(1, 2);
	}

	@Test
	void agreesWithTryingEveryPermutationOnRandomMatrices() {
		var random = new Random(14);
		for (int round = 0; round < 200; round++) {
			int n = 1 + random.nextInt(5);
			int m = n + random.nextInt(3);
			long[][] cost = new long[n][m];
			for (long[] row : cost) {
				for (int c = 0; c < m; c++) {
					row[c] = random.nextInt(20);
				}
			}
			int[] columns = MinimumCostAssignment.solve(cost);
			assertThat(Arrays.stream(columns).distinct().count()).isEqualTo(n);
			assertThat(total(cost, columns)).isEqualTo(best(cost, 0, new boolean[m]));
		}
	}

	@Test
	void theSameMatrixGivesTheSameAnswer() {
		long[][] cost = { { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 } };
		assertThat(MinimumCostAssignment.solve(cost)).containsExactly(MinimumCostAssignment.solve(cost));
	}

	private static long total(long[][] cost, int[] columns) {
		long sum = 0;
		for (int r = 0; r < columns.length; r++) {
			sum += cost[r][columns[r]];
		}
		return sum;
	}

	private static long best(long[][] cost, int row, boolean[] used) {
		if (row == cost.length) {
			return 0;
		}
		long best = Long.MAX_VALUE;
		for (int c = 0; c < used.length; c++) {
			if (!used[c]) {
				used[c] = true;
				best = Math.min(best, cost[row][c] + best(cost, row + 1, used));
				used[c] = false;
			}
		}
		return best;
	}

}
