package no.samhald.insight.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import no.samhald.insight.Area;
import no.samhald.insight.Dashboard;
import no.samhald.insight.IndicatorSet;

/**
 * The data of a dashboard's charts, by the id of the chart's element, as plain maps and lists so
 * that the page can embed them as JSON. The numbers are rounded as the tables beside them show them.
 */
final class DashboardCharts {

	private DashboardCharts() {
	}

	static Map<String, Object> of(Dashboard d, MessageSource messages, Locale locale) {
		var charts = new LinkedHashMap<String, Object>();
		List<IndicatorSet> keys = d.keySets();
		var ageSeries = new ArrayList<Map<String, Object>>();
		for (IndicatorSet s : keys) {
			ageSeries.add(series(String.valueOf(s.year()), s.ageGroups().values().stream().map(v -> round(v, 0)).toList()));
		}
		charts.put("chart-age-groups", chart("bar", List.copyOf(keys.get(0).ageGroups().keySet()), ageSeries));
		List<String> years = d.years().stream().map(s -> String.valueOf(s.year())).toList();
		charts.put("chart-dependency", chart("line", years, List.of(
				series(messages.getMessage("insight.economicallyActivePerPensioner", null, locale),
						values(d.years(), IndicatorSet::economicallyActivePerPensioner, 2)),
				series(messages.getMessage("insight.workingAgePerElderly", null, locale),
						values(d.years(), IndicatorSet::workingAgePerElderly, 2)))));
		charts.put("chart-oldest", chart("line", years, List.of(
				series(messages.getMessage("insight.aged80Plus", null, locale), values(d.years(), IndicatorSet::aged80Plus, 0)),
				series(messages.getMessage("insight.dashboard.aged90Plus", null, locale),
						values(d.years(), IndicatorSet::aged90Plus, 0)))));
		charts.put("chart-frail", chart("line", years, List.of(
				series(messages.getMessage("insight.frailElderly", null, locale), values(d.years(), IndicatorSet::frailElderly, 0)))));
		if (!d.services().isEmpty()) {
			var demandSeries = new ArrayList<Map<String, Object>>();
			for (IndicatorSet s : keys) {
				demandSeries.add(series(String.valueOf(s.year()),
						s.demand().stream().map(x -> round(x.fullTimeEquivalents(), 1)).toList()));
			}
			charts.put("chart-demand", chart("bar", d.services().stream().map(IndicatorSet.Demand::name).toList(), demandSeries));
		}
		return charts;
	}

	/** The working-age-per-pensioner lines of both areas. */
	static Map<String, Object> comparison(Dashboard a, Dashboard b, MessageSource messages, Locale locale) {
		List<String> years = a.years().stream().map(s -> String.valueOf(s.year())).toList();
		return Map.of("chart-compare", chart("line", years,
				List.of(series(name(a.area(), messages, locale), values(a.years(), IndicatorSet::economicallyActivePerPensioner, 2)),
						series(name(b.area(), messages, locale), values(b.years(), IndicatorSet::economicallyActivePerPensioner, 2)))));
	}

	/** The area's name; the nation's is a message. */
	static String name(Area area, MessageSource messages, Locale locale) {
		return area.isNational() ? messages.getMessage("insight.dashboard.national", null, locale) : area.name();
	}

	private static Map<String, Object> chart(String type, List<String> categories, List<Map<String, Object>> series) {
		return Map.of("type", type, "categories", categories, "series", series);
	}

	private static Map<String, Object> series(String name, List<Double> data) {
		return Map.of("name", name, "data", data);
	}

	private static List<Double> values(List<IndicatorSet> sets, Function<IndicatorSet, Double> value, int decimals) {
		var values = new ArrayList<Double>();
		for (IndicatorSet s : sets) {
			Double v = value.apply(s);
			values.add(v == null ? null : round(v, decimals));
		}
		return values;
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
