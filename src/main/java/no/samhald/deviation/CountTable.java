package no.samhald.deviation;

import java.util.List;

/** Counts of reports along one dimension (category, quarter …) with small cells suppressed. */
public record CountTable(String dimension, List<CountCell> cells, CountCell total) {

	/** The largest shown count, for scaling a chart; at least 1. */
	public long largest() {
		return Math.max(1, cells.stream().mapToLong(CountCell::countOrZero).max().orElse(1));
	}

	public boolean hasSuppressedCells() {
		return total.suppressed() || cells.stream().anyMatch(CountCell::suppressed);
	}

}
