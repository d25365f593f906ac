package no.samhald.insight.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Observed (or officially projected) populations on consecutive or scattered 1 Januaries, all
 * over one list of units so that a unit has the same index in every year. A unit may be absent in
 * a year (a municipality that did not exist yet); {@link #isPresent} says so.
 */
public final class PopulationSeries {

	private final List<String> units;

	private final NavigableMap<Integer, AgeSexTable> tables = new TreeMap<>();

	private final NavigableMap<Integer, boolean[]> present = new TreeMap<>();

	public PopulationSeries(List<String> units) {
		this.units = List.copyOf(units);
	}

	public List<String> units() {
		return units;
	}

	/** The table of the year, created empty (no unit present) when first asked for. */
	public AgeSexTable year(int year) {
		return tables.computeIfAbsent(year, y -> {
			present.put(y, new boolean[units.size()]);
			return tables.isEmpty() ? new AgeSexTable(units) : tables.firstEntry().getValue().emptyLike();
		});
	}

	public void put(int year, String unit, int sex, int[] counts) {
		AgeSexTable table = year(year);
		table.set(unit, sex, counts);
		present.get(year)[table.indexOf(unit)] = true;
	}

	public boolean isPresent(int year, int unit) {
		boolean[] flags = present.get(year);
		return flags != null && flags[unit];
	}

	public List<Integer> years() {
		return Collections.unmodifiableList(new ArrayList<>(tables.keySet()));
	}

	public boolean hasYear(int year) {
		return tables.containsKey(year);
	}

	public AgeSexTable table(int year) {
		AgeSexTable table = tables.get(year);
		if (table == null) {
			throw new IllegalArgumentException("No population for " + year);
		}
		return table;
	}

	public int lastYear() {
		return tables.lastKey();
	}

	public int firstYear() {
		return tables.firstKey();
	}

	public boolean isEmpty() {
		return tables.isEmpty();
	}

}
