package no.samhald.placement;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn–Munkres with potentials, O(n²·m)): gives each row its own column
 * so that the sum of the costs is least. Needs at least as many columns as rows. Deterministic:
 * the same matrix always gives the same answer, so among equally good assignments the one found
 * first in row and column order wins, and a proposal can be reproduced.
 */
final class MinimumCostAssignment {

	private MinimumCostAssignment() {
	}

	/** For each row, the column it gets. */
	static int[] solve(long[][] cost) {
		int n = cost.length;
		if (n == 0) {
			return new int[0];
		}
		int m = cost[0].length;
		if (m < n) {
			throw new IllegalArgumentException("fewer columns (" + m + ") than rows (" + n + ")");
		}
		// 1-based arrays as in the textbook form: column 0 is the virtual start.
		long[] u = new long[n + 1];
		long[] v = new long[m + 1];
		int[] rowOfColumn = new int[m + 1];
		int[] way = new int[m + 1];
		for (int row = 1; row <= n; row++) {
			rowOfColumn[0] = row;
			int column = 0;
			long[] least = new long[m + 1];
			Arrays.fill(least, Long.MAX_VALUE);
			boolean[] used = new boolean[m + 1];
			do {
				used[column] = true;
				int r = rowOfColumn[column];
				long delta = Long.MAX_VALUE;
				int next = -1;
				for (int c = 1; c <= m; c++) {
					if (!used[c]) {
						long reduced = cost[r - 1][c - 1] - u[r] - v[c];
						if (reduced < least[c]) {
							least[c] = reduced;
							way[c] = column;
						}
						if (least[c] < delta) {
							delta = least[c];
							next = c;
						}
					}
				}
				for (int c = 0; c <= m; c++) {
					if (used[c]) {
						u[rowOfColumn[c]] += delta;
						v[c] -= delta;
					}
					else {
						least[c] -= delta;
					}
				}
				column = next;
			}
			while (rowOfColumn[column] != 0);
			do {
				int previous = way[column];
				rowOfColumn[column] = rowOfColumn[previous];
				column = previous;
			}
			while (column != 0);
		}
		int[] columnOfRow = new int[n];
		for (int c = 1; c <= m; c++) {
			if (rowOfColumn[c] != 0) {
				columnOfRow[rowOfColumn[c] - 1] = c - 1;
			}
		}
		return columnOfRow;
	}

}
