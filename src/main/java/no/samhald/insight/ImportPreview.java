package no.samhald.insight;

import java.util.List;

/**
 * What an import that replaces stored years would change, shown before it is committed.
 *
 * @param id the waiting import to confirm
 * @param changes per replaced series-year and area, the stored and the new total
 */
public record ImportPreview(long id, String fileName, String sha256, List<String> newYears, List<String> replacedYears,
		List<String> unchangedYears, List<AreaChange> changes) {

	public ImportPreview {
		newYears = List.copyOf(newYears);
		replacedYears = List.copyOf(replacedYears);
		unchangedYears = List.copyOf(unchangedYears);
		changes = List.copyOf(changes);
	}

	/** One area's total in a replaced series-year ("observed 2022"), before and after. */
	public record AreaChange(String year, String area, long before, long after) {

		public long difference() {
			return after - before;
		}

	}

}
