package no.samhald.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import no.samhald.insight.engine.PopulationSeries;
import no.samhald.insight.engine.SsbTable;

/**
 * Whether an observed year covers every municipality of the country. The country of a year is
 * the municipalities of the nearest stored observed year (or, before anything is stored, of the
 * register); a municipality that was only renumbered counts as present under either number
 * ({@link CodeSuccession}).
 */
final class CountryCoverage {

	private CountryCoverage() {
	}

	/**
	 * The municipalities of {@code country} that {@code held} lacks, a renumbered one named once. A
	 * split municipality is present when all its parts are (else the missing parts are named), and
	 * a part is present when the municipality it was split from is (a year before the split); one
	 * wholly absent is named as the country has it.
	 */
	static List<String> missing(Collection<String> country, Set<String> held) {
		var missing = new ArrayList<String>();
		for (String code : country) {
			for (String lacking : lacking(code, country, held)) {
				String other = CodeSuccession.counterpart(lacking);
				if (!missing.contains(lacking) && (other == null || !missing.contains(other))) {
					missing.add(lacking);
				}
			}
		}
		return missing;
	}

	/**
	 * The municipalities of an area that {@code held} lacks: each needs figures under its own or its
	 * other number, or, for a municipality that was split, under every one of its parts (the
	 * Ålesund of 2023 in 2024: Ålesund and Haram); then the parts without figures are named. A part
	 * of a split municipality cannot be counted from the whole.
	 */
	static List<String> missingForArea(Collection<String> area, Set<String> held) {
		var missing = new ArrayList<String>();
		for (String code : area) {
			if (heldAs(code, held).isEmpty()) {
				List<String> parts = CodeSuccession.partsOf(code);
				boolean split = parts.stream().anyMatch(held::contains);
				missing.addAll(split ? parts.stream().filter(part -> !held.contains(part)).toList() : List.of(code));
			}
		}
		return missing;
	}

	/**
	 * The units whose figures make up one municipality of an area in a year holding {@code held}:
	 * its own number, its other number, or all the parts it was split into; empty when it lacks.
	 */
	static List<String> heldAs(String code, Set<String> held) {
		if (held.contains(code)) {
			return List.of(code);
		}
		String other = CodeSuccession.counterpart(code);
		if (other != null && held.contains(other)) {
			return List.of(other);
		}
		List<String> parts = CodeSuccession.partsOf(code);
		return !parts.isEmpty() && held.containsAll(parts) ? parts : List.of();
	}

	/** The units of an area in a year holding {@code held}, each once (see {@link #heldAs}). */
	static List<String> unitsOfArea(Collection<String> area, Set<String> held) {
		return area.stream().flatMap(code -> heldAs(code, held).stream()).distinct().toList();
	}

	private static List<String> lacking(String code, Collection<String> country, Set<String> held) {
		if (isHeld(code, held)) {
			return List.of();
		}
		String whole = CodeSuccession.wholeOf(code);
		if (whole != null && held.contains(whole)) {
			return List.of();
		}
		List<String> parts = CodeSuccession.partsOf(code);
		if (parts.stream().anyMatch(held::contains)) {
			return parts.stream().filter(part -> !held.contains(part)).toList();
		}
		// Wholly absent: named as in the country it is judged by (the whole, where it has both).
		return whole != null && country.contains(whole) ? List.of() : List.of(code);
	}

	private static boolean isHeld(String code, Set<String> held) {
		String other = CodeSuccession.counterpart(code);
		return held.contains(code) || (other != null && held.contains(other));
	}

	/** The municipalities stored for the stored year nearest to {@code year}, or empty when none is stored. */
	static List<String> nearestStoredYear(PopulationSeries observed, int year) {
		return nearest(observed, year, false);
	}

	/** The municipalities of the stored year nearest to {@code year} but not it, to judge a stored year by. */
	static List<String> nearestOtherYear(PopulationSeries observed, int year) {
		return nearest(observed, year, true);
	}

	private static List<String> nearest(PopulationSeries observed, int year, boolean other) {
		Integer nearest = null;
		for (int stored : observed.years()) {
			if (other && stored == year) {
				continue;
			}
			if (nearest == null || Math.abs(stored - year) < Math.abs(nearest - year)) {
				nearest = stored;
			}
		}
		return nearest == null ? List.of() : presentIn(observed, nearest);
	}

	/** The municipalities (not SSB's pseudo-regions) stored for the year. */
	static List<String> presentIn(PopulationSeries observed, int year) {
		var codes = new ArrayList<String>();
		for (int unit = 0; unit < observed.units().size(); unit++) {
			String code = observed.units().get(unit);
			if (SsbTable.isMunicipality(code) && observed.isPresent(year, unit)) {
				codes.add(code);
			}
		}
		return codes;
	}

}
