package no.samhald.deviation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.samhald.platform.SmallCounts;

/**
 * Deviation statistics as tables with small and complementary cells hidden by the platform's
 * rule ({@link SmallCounts}). Every hidden cell looks the same, so nobody can tell which one is
 * the small one.
 */
final class SmallCellSuppression {

	/** Counts below this, and above zero, are never shown. */
	static final long THRESHOLD = SmallCounts.THRESHOLD;

	static final String TOTAL = "TOTAL";

	private SmallCellSuppression() {
	}

	/** The table of {@code counts} (in display order) with small and complementary cells hidden. */
	static CountTable table(String dimension, Map<String, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		SmallCounts.Hidden hidden = SmallCounts.hide(counts);
		List<CountCell> cells = new ArrayList<>();
		counts.forEach((key, count) -> cells.add(hidden.keys().contains(key) ? CountCell.hidden(key) : CountCell.shown(key, count)));
		return new CountTable(dimension, List.copyOf(cells), hidden.total() ? CountCell.hidden(TOTAL) : CountCell.shown(TOTAL, total));
	}

}
