package no.samhald.insight.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.springframework.context.MessageSource;

import no.samhald.insight.Projection;

/**
 * The scenario pages' charts as data for {@code dashboard-charts.js}: the population of the
 * scenario, and the scenarios compared. Rounded as the tables beside them show them.
 */
final class ScenarioCharts {

	private ScenarioCharts() {
	}

	static Map<String, Object> of(ScenarioResult result, MessageSource messages, Locale locale) {
		List<Projection.ProjectedYear> years = result.projection().years();
		return Map.of("chart-scenario-total", chart(years, List.of(
				series(messages.getMessage("insight.total", null, locale), values(years, Projection.ProjectedYear::total)))),
				"chart-scenario-elderly", chart(years, List.of(
						series(messages.getMessage("insight.aged67Plus", null, locale), values(years, y -> y.sum(67, 105))),
						series(messages.getMessage("insight.aged80Plus", null, locale), values(years, y -> y.sum(80, 105))))));
	}

	static Map<String, Object> comparison(List<OpenedScenario> compared, MessageSource messages, Locale locale) {
		List<Projection.ProjectedYear> longest = compared.stream()
			.map(o -> o.result().projection().years())
			.max(java.util.Comparator.comparingInt(List::size))
			.orElseThrow();
		var series = new ArrayList<Map<String, Object>>();
		for (OpenedScenario o : compared) {
			var data = new ArrayList<Double>();
			for (Projection.ProjectedYear y : longest) {
				Projection.ProjectedYear own = o.result().projection().year(y.year());
				data.add(own == null ? null : (double) Math.round(own.total()));
			}
			series.add(series(o.scenario().name(), data));
		}
		return Map.of("chart-scenario-compare", chart(longest, series));
	}

	private static Map<String, Object> chart(List<Projection.ProjectedYear> years, List<Map<String, Object>> series) {
		return Map.of("type", "line", "categories", years.stream().map(y -> String.valueOf(y.year())).toList(), "series",
				series);
	}

	private static Map<String, Object> series(String name, List<Double> data) {
		return Map.of("name", name, "data", data);
	}

	private static List<Double> values(List<Projection.ProjectedYear> years, ToDoubleFunction<Projection.ProjectedYear> value) {
		return years.stream().map(y -> (double) Math.round(value.applyAsDouble(y))).toList();
	}

}
