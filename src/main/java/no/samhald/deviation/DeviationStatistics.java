package no.samhald.deviation;

/**
 * Counts of a community's reports for learning, each table with small cells suppressed: by
 * category, by the side of the reporting and of the receiving partner, by quarter of the event
 * (keys such as {@code 2025-Q3}) and by status.
 */
public record DeviationStatistics(CountTable categories, CountTable reportingSides, CountTable receivingSides,
		CountTable quarters, CountTable statuses) {
}
