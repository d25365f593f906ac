package no.samhald.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.insight.engine.PopulationSeries;
import no.samhald.insight.engine.SsbTable;
import no.samhald.insight.engine.SsbTable.SeriesYear;
import no.samhald.partnership.Municipalities;

/**
 * How a file's years compare with those stored: new, the same, or different (replaced only when
 * asked, otherwise refused), whether an observed year covers the whole country, and, for a
 * preview, what a replacement changes per area.
 */
@Component
record ImportYears(PopulationStore store, Municipalities municipalities, Areas areas) {

	/** The file's series-years as new, replaced (when {@code replace}) or unchanged. */
	record Classified(List<String> added, List<String> replaced, List<String> unchanged) {
	}

	Classified classify(SsbTable table, boolean replace, PopulationSeries observed) {
		var added = new ArrayList<String>();
		var replaced = new ArrayList<String>();
		var unchanged = new ArrayList<String>();
		var conflicts = new ArrayList<String>();
		table.cells().forEach((key, units) -> {
			if (key.series().equals(SsbTable.OBSERVED)) {
				requireWholeCountry(observed, key.year(), units.keySet());
			}
			Map<String, int[][]> stored = store.counts(key);
			List<String> target = stored.isEmpty() ? added : same(stored, units) ? unchanged : replace ? replaced : conflicts;
			target.add(label(key));
		});
		if (!conflicts.isEmpty()) {
			throw new YearsAlreadyImportedException(conflicts);
		}
		return new Classified(added, replaced, unchanged);
	}

	/** An observed year is the country's population: a file with part of the country is refused whole. */
	private void requireWholeCountry(PopulationSeries observed, int year, java.util.Set<String> held) {
		List<String> country = CountryCoverage.nearestStoredYear(observed, year);
		List<String> missing = CountryCoverage.missing(country.isEmpty() ? municipalities.codes() : country, held);
		if (!missing.isEmpty()) {
			throw new IncompleteYearException("file", "insight.import.incomplete", year, names(missing));
		}
	}

	List<String> names(List<String> codes) {
		return codes.stream().map(code -> code + " " + municipalities.name(code).orElse("")).map(String::strip).toList();
	}

	/** Per area (the nation, the community and its regions, each municipality that changes) the totals before and after. */
	List<ImportPreview.AreaChange> changes(Community community, String year, Map<String, int[][]> before,
			Map<String, int[][]> after) {
		var changes = new ArrayList<ImportPreview.AreaChange>();
		changes.add(new ImportPreview.AreaChange(year, Areas.NATIONAL, total(before, before.keySet()),
				total(after, after.keySet())));
		for (Area area : areas.of(community)) {
			changes.add(new ImportPreview.AreaChange(year, area.name(), total(before, area.municipalities()),
					total(after, area.municipalities())));
		}
		var codes = new java.util.TreeSet<>(before.keySet());
		codes.addAll(after.keySet());
		for (String code : codes) {
			long old = total(before, List.of(code));
			long now = total(after, List.of(code));
			if (old != now && SsbTable.isMunicipality(code)) {
				changes.add(new ImportPreview.AreaChange(year, names(List.of(code)).get(0), old, now));
			}
		}
		return changes;
	}

	private static long total(Map<String, int[][]> units, java.util.Collection<String> codes) {
		long total = 0;
		for (String code : codes) {
			int[][] counts = units.get(CodeSuccession.resolve(code, units::containsKey));
			if (counts != null) {
				total += java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).asLongStream().sum();
			}
		}
		return total;
	}

	static String label(SeriesYear key) {
		return key.series() + " " + key.year();
	}

	private static boolean same(Map<String, int[][]> stored, Map<String, int[][]> file) {
		if (!stored.keySet().equals(file.keySet())) {
			return false;
		}
		for (var entry : file.entrySet()) {
			int[][] other = stored.get(entry.getKey());
			if (!java.util.Arrays.equals(other[0], entry.getValue()[0]) || !java.util.Arrays.equals(other[1], entry.getValue()[1])) {
				return false;
			}
		}
		return true;
	}

}
