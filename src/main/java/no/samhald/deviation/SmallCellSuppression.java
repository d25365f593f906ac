package no.samhald.deviation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hides counts of 1–4 so that statistics cannot point at one patient's case, and hides enough
 * other cells that a hidden count cannot be worked out from the total either (complementary
 * suppression). Every hidden cell looks the same, so nobody can tell which one is the small one.
 * A hidden set gives a small count away only when it is a single cell, or when its sum equals
 * the number of cells (all ones); more cells are hidden until neither holds. Zero is shown: it
 * points at nobody.
 */
final class SmallCellSuppression {

	/** Counts below this, and above zero, are never shown. */
	static final long THRESHOLD = 5;

	static final String TOTAL = "TOTAL";

	private SmallCellSuppression() {
	}

	/** The table of {@code counts} (in display order) with small and complementary cells hidden. */
	static CountTable table(String dimension, Map<String, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		Set<String> hidden = new LinkedHashSet<>();
		boolean hideTotal = isSmall(total);
		if (hideTotal) {
			counts.forEach((key, count) -> {
				if (count > 0) {
					hidden.add(key);
				}
			});
		}
		else {
			counts.forEach((key, count) -> {
				if (isSmall(count)) {
					hidden.add(key);
				}
			});
			hideTotal = hideComplementaryCells(counts, hidden);
		}
		List<CountCell> cells = new ArrayList<>();
		counts.forEach((key, count) -> cells.add(hidden.contains(key) ? CountCell.hidden(key) : CountCell.shown(key, count)));
		return new CountTable(dimension, List.copyOf(cells), hideTotal ? CountCell.hidden(TOTAL) : CountCell.shown(TOTAL, total));
	}

	/** Hides further cells until the hidden ones cannot be told apart; true if even the total must go. */
	private static boolean hideComplementaryCells(Map<String, Long> counts, Set<String> hidden) {
		while (!hidden.isEmpty() && givesAwayACount(counts, hidden)) {
			var next = counts.entrySet().stream()
				.filter(e -> e.getValue() > 0 && !hidden.contains(e.getKey()))
				.min(Comparator.comparingLong(Map.Entry::getValue));
			if (next.isEmpty()) {
				return true;
			}
			hidden.add(next.get().getKey());
		}
		return false;
	}

	private static boolean givesAwayACount(Map<String, Long> counts, Set<String> hidden) {
		long sum = hidden.stream().mapToLong(counts::get).sum();
		return hidden.size() == 1 || sum == hidden.size();
	}

	private static boolean isSmall(long count) {
		return count > 0 && count < THRESHOLD;
	}

}
