package no.samhald.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an import read and what it changed.
 *
 * @param id the stored import, or null when the file changed nothing (the same data was there)
 * @param kind OBSERVED (07459) or OFFICIAL_PROJECTION (14288)
 * @param totals persons per series and year, keyed "observed 2022" or "MMMM 2030"
 * @param newYears series-years stored for the first time; {@code replacedYears} replaced on request;
 * {@code unchangedYears} identical to what was stored. Serializable: the page carries it across the redirect in the session.
 */
public record ImportReport(Long id, String kind, String tableId, String fileName, String format, String sha256,
		Instant importedAt, String importedBy, int rows, int municipalities, List<Integer> years, List<String> series,
		Map<String, Long> totals, List<String> newYears, List<String> replacedYears, List<String> unchangedYears)
		implements java.io.Serializable {

	public boolean changedNothing() {
		return newYears.isEmpty() && replacedYears.isEmpty();
	}

	public long total() {
		return totals.values().stream().mapToLong(Long::longValue).sum();
	}

	/** When it was imported, on Norwegian time, for pages. */
	public java.time.LocalDateTime importedAtLocal() {
		return importedAt == null ? null : java.time.LocalDateTime.ofInstant(importedAt, java.time.ZoneId.of("Europe/Oslo"));
	}

}
