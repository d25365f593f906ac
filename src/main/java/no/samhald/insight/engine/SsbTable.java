package no.samhald.insight.engine;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What an SSB file held, checked and complete: for each series ({@link #OBSERVED}, or a projection
 * alternative such as MMMM) and year, each unit's counts {@code [sex][age]}.
 *
 * @param tableId the SSB table number when the file names it ("07459", "14288"), else null
 * @param format "csv-long", "csv-wide" or "json-stat"
 * @param rows the data lines (CSV) or values (JSON-stat) read
 */
public record SsbTable(String tableId, String format, int rows, SortedMap<SeriesYear, SortedMap<String, int[][]>> cells) {

	public static final String OBSERVED = "observed";

	/** The pseudo-unit for SSB's "K-Rest" (divided municipalities and unknown). */
	public static final String REST = "rest";

	/**
	 * SSB's regions that are not municipalities, kept so that national sums stay exact: "K-Rest"
	 * (divided municipalities and unknown), "K-21-22" Svalbard and Jan Mayen, "K-23" the continental
	 * shelf. All hold 0 persons in 07459 today.
	 */
	public static final java.util.List<String> PSEUDO_REGIONS = java.util.List.of(REST, "21-22", "23");

	/** A municipality (four digits), not one of SSB's pseudo-regions. */
	public static boolean isMunicipality(String unit) {
		return unit.length() == 4 && unit.chars().allMatch(Character::isDigit);
	}

	public record SeriesYear(String series, int year) implements Comparable<SeriesYear> {

		@Override
		public int compareTo(SeriesYear other) {
			int bySeries = series.compareTo(other.series);
			return bySeries != 0 ? bySeries : Integer.compare(year, other.year);
		}

	}

	public boolean isProjection() {
		return cells.keySet().stream().anyMatch(k -> !k.series().equals(OBSERVED));
	}

	public long total() {
		long total = 0;
		for (Map<String, int[][]> units : cells.values()) {
			for (int[][] counts : units.values()) {
				for (int[] bySex : counts) {
					for (int c : bySex) {
						total += c;
					}
				}
			}
		}
		return total;
	}

	public long total(SeriesYear key) {
		long total = 0;
		for (int[][] counts : cells.get(key).values()) {
			for (int[] bySex : counts) {
				for (int c : bySex) {
					total += c;
				}
			}
		}
		return total;
	}

	public TreeSet<String> municipalities() {
		var codes = new TreeSet<String>();
		cells.values().forEach(units -> codes.addAll(units.keySet()));
		codes.removeIf(code -> !isMunicipality(code));
		return codes;
	}

	public TreeSet<Integer> years() {
		var years = new TreeSet<Integer>();
		cells.keySet().forEach(k -> years.add(k.year()));
		return years;
	}

	public TreeSet<String> series() {
		var series = new TreeSet<String>();
		cells.keySet().forEach(k -> series.add(k.series()));
		return series;
	}

}
