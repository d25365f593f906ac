package no.samhald.insight;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A figure per municipality for one year, from a {@link DashboardSeriesSource}: e.g. vacant nurse
 * FTEs in 2024 as the municipalities answered them.
 *
 * @param values the figure by kommunenummer, for the municipalities whose figure may be shown
 * @param hidden the kommunenummer whose figure is a small count of people and is never shown
 */
public record MunicipalSeries(String key, String label, String unit, int year, Map<String, BigDecimal> values,
		Set<String> hidden) {

	public boolean covers(String municipality) {
		return values.containsKey(municipality) || hidden.contains(municipality);
	}

}
