package no.samhald.insight.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The population of a set of units (municipalities) on one 1 January, by sex and single-year
 * age 0…105 (105 is the open group "105 years or older"), in one flat array of doubles so that
 * projections and indicators over all of Norway stay in cache-friendly primitive loops. Layout:
 * {@code [unit][sex][age]}. Immutable once published (the projection writes a fresh table).
 */
public final class AgeSexTable {

	public static final int AGES = 106;

	public static final int OPEN_AGE = AGES - 1;

	public static final int MALE = 0;

	public static final int FEMALE = 1;

	/** Cells of one unit: both sexes. */
	public static final int UNIT_CELLS = 2 * AGES;

	private final List<String> units;

	private final Map<String, Integer> indexByUnit;

	final double[] values;

	public AgeSexTable(List<String> units) {
		this(units, new double[units.size() * UNIT_CELLS]);
	}

	AgeSexTable(List<String> units, double[] values) {
		this.units = List.copyOf(units);
		this.indexByUnit = new HashMap<>();
		for (int i = 0; i < this.units.size(); i++) {
			indexByUnit.put(this.units.get(i), i);
		}
		this.values = values;
	}

	/** A table over the same units sharing the unit index (no copy of the names). */
	AgeSexTable emptyLike() {
		return new AgeSexTable(this, new double[values.length]);
	}

	private AgeSexTable(AgeSexTable shape, double[] values) {
		this.units = shape.units;
		this.indexByUnit = shape.indexByUnit;
		this.values = values;
	}

	public List<String> units() {
		return units;
	}

	public boolean has(String unit) {
		return indexByUnit.containsKey(unit);
	}

	public int indexOf(String unit) {
		Integer index = indexByUnit.get(unit);
		return index == null ? -1 : index;
	}

	public static int offset(int unit, int sex) {
		return (unit * 2 + sex) * AGES;
	}

	public double get(int unit, int sex, int age) {
		return values[offset(unit, sex) + age];
	}

	public void set(int unit, int sex, int age, double value) {
		values[offset(unit, sex) + age] = value;
	}

	public void set(String unit, int sex, int[] counts) {
		int u = indexOf(unit);
		if (u < 0) {
			throw new IllegalArgumentException("No unit " + unit);
		}
		int base = offset(u, sex);
		for (int a = 0; a < AGES; a++) {
			values[base + a] = counts[a];
		}
	}

	/** The sum over the given units (indexes) into {@code [sex][age]}. */
	public double[][] sum(int[] unitIndexes) {
		double[][] sum = new double[2][AGES];
		for (int u : unitIndexes) {
			for (int s = 0; s < 2; s++) {
				int base = offset(u, s);
				for (int a = 0; a < AGES; a++) {
					sum[s][a] += values[base + a];
				}
			}
		}
		return sum;
	}

	public double[][] unit(int unit) {
		return sum(new int[] { unit });
	}

	public double total() {
		return Arrays.stream(values).sum();
	}

	public double total(int unit) {
		double total = 0;
		int base = offset(unit, 0);
		for (int i = 0; i < UNIT_CELLS; i++) {
			total += values[base + i];
		}
		return total;
	}

}
