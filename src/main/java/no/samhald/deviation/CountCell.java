package no.samhald.deviation;

/**
 * One cell of a statistics table: what it counts ({@code key}, such as a category) and the count,
 * which is null when the cell is suppressed.
 */
public record CountCell(String key, Long count, boolean suppressed) {

	static CountCell shown(String key, long count) {
		return new CountCell(key, count, false);
	}

	static CountCell hidden(String key) {
		return new CountCell(key, null, true);
	}

	/** The count to draw, zero for a suppressed cell: a chart must not show what the table hides. */
	public long countOrZero() {
		return count == null ? 0 : count;
	}

}
