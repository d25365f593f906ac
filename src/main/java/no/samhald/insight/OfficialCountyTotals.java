package no.samhald.insight;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.County;
import no.samhald.insight.engine.EstimatedComponentProjection.CountyTotals;
import no.samhald.insight.engine.PopulationSeries;

/**
 * County totals from SSB's official projection (table 14288, main alternative MMMM) when it is
 * imported, for the estimated cohort-component method to sum to. A county counts only when the
 * official table holds every municipality of it that has inhabitants in the base year (a table of a
 * few municipalities, or under other codes, is no county total).
 */
final class OfficialCountyTotals {

	static final String ALTERNATIVE = "MMMM";

	private OfficialCountyTotals() {
	}

	static Optional<CountyTotals> of(PopulationSnapshot data, int baseYear) {
		PopulationSeries official = data.official().get(ALTERNATIVE);
		if (official == null) {
			return Optional.empty();
		}
		Set<String> covered = coveredCounties(data.observed().table(baseYear), official);
		if (covered.isEmpty()) {
			return Optional.empty();
		}
		Map<String, int[]> members = new HashMap<>();
		for (String county : covered) {
			members.put(county, official.units().stream().filter(u -> County.of(u).equals(county))
				.mapToInt(official.units()::indexOf).toArray());
		}
		return Optional.of((county, year) -> members.containsKey(county) && official.hasYear(year)
				? official.table(year).sum(members.get(county)) : null);
	}

	private static Set<String> coveredCounties(AgeSexTable base, PopulationSeries official) {
		var counties = new HashSet<String>();
		var missing = new HashSet<String>();
		for (int u = 0; u < base.units().size(); u++) {
			String code = base.units().get(u);
			String county = County.of(code);
			if (official.units().contains(code)) {
				counties.add(county);
			}
			else if (base.total(u) > 0) {
				missing.add(county);
			}
		}
		counties.removeAll(missing);
		return counties;
	}

}
