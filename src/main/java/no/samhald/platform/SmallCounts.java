package no.samhald.platform;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rule for publishing counts of people (statistics of deviations, sensitive fields of data
 * collections): counts of 1–4 are never shown, so that a number cannot point at one patient, and
 * enough other cells are hidden that a hidden count cannot be worked out from the total either
 * (complementary suppression). A hidden set gives a small count away only when it is a single
 * cell, or when its sum equals the number of cells (all ones); more cells are hidden until neither
 * holds. Zero is shown: it points at nobody.
 */
public final class SmallCounts {

	/** Counts below this, and above zero, are never shown. */
	public static final long THRESHOLD = 5;

	private SmallCounts() {
	}

	/**
	 * Which of the {@code counts} (in display order) to hide, beginning with {@code alreadyHidden}
	 * (cells that must go for a reason outside this table), and whether the total must go too.
	 */
	public static Hidden hide(Map<String, Long> counts, Set<String> alreadyHidden) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		Set<String> hidden = new LinkedHashSet<>();
		if (isSmall(total)) {
			counts.forEach((key, count) -> {
				if (count > 0) {
					hidden.add(key);
				}
			});
			return new Hidden(Set.copyOf(hidden), true);
		}
		counts.forEach((key, count) -> {
			if (isSmall(count) || alreadyHidden.contains(key)) {
				hidden.add(key);
			}
		});
		boolean hideTotal = hideComplementaryCells(counts, hidden);
		return new Hidden(Set.copyOf(hidden), hideTotal);
	}

	public static Hidden hide(Map<String, Long> counts) {
		return hide(counts, Set.of());
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

	public static boolean isSmall(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/** The keys of the hidden cells, and whether the total is hidden. */
	public record Hidden(Set<String> keys, boolean total) {
	}

}
