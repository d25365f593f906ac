package no.samhald.insight.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.Backtests;
import no.samhald.insight.Dashboard;
import no.samhald.insight.Dashboards;
import no.samhald.insight.IndicatorSet;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.ProjectionRequest;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The planning dashboards: one area's charts and tables to 2040, and two areas side by side. Both
 * are plain GET forms, so a choice is a link one can share and the pages work without JavaScript.
 */
@Controller
@RequestMapping("/{community}/insight/dashboard")
record DashboardController(Dashboards dashboards, MessageSource messages, Backtests backtests) {

	@GetMapping
	String dashboard(Community community, @RequestParam(required = false) String area,
			@RequestParam(required = false) String method, Model model, Locale locale) {
		var choice = new Choices(dashboards.choices(community), messages, locale);
		Area chosen = choice.area("area", area, choice.areas().get(0));
		ProjectionMethod chosenMethod = choice.method(method);
		model.addAttribute("chosenArea", chosen.id());
		Dashboard dashboard = choice.dashboard(chosenMethod, () -> dashboards.of(community, chosen, chosenMethod));
		if (dashboard != null) {
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("charts", DashboardCharts.of(dashboard, messages, locale));
			model.addAttribute("backtest", backtests.of(community, chosen, ProjectionRequest.of(chosenMethod)));
		}
		choice.addTo(model, chosenMethod);
		return "insight/dashboard";
	}

	@GetMapping("/compare")
	String compare(Community community, @RequestParam(required = false) String first,
			@RequestParam(required = false) String second, @RequestParam(required = false) String method, Model model,
			Locale locale) {
		var choice = new Choices(dashboards.choices(community), messages, locale);
		List<Area> areas = choice.areas();
		Area defaultFirst = areas.stream().filter(a -> a.kind() == Area.Kind.MUNICIPALITY).findFirst().orElse(areas.get(0));
		Area chosenFirst = choice.area("first", first, defaultFirst);
		Area chosenSecond = choice.area("second", second, areas.get(0));
		ProjectionMethod chosenMethod = choice.method(method);
		model.addAttribute("chosenFirst", chosenFirst.id());
		model.addAttribute("chosenSecond", chosenSecond.id());
		Dashboard a = choice.dashboard(chosenMethod, () -> dashboards.of(community, chosenFirst, chosenMethod));
		Dashboard b = a == null ? null
				: choice.dashboard(chosenMethod, () -> dashboards.of(community, chosenSecond, chosenMethod));
		if (a != null && b != null) {
			model.addAttribute("first", a);
			model.addAttribute("second", b);
			model.addAttribute("rows", ComparisonRow.of(a, b));
			model.addAttribute("charts", DashboardCharts.comparison(a, b, messages, locale));
		}
		choice.addTo(model, chosenMethod);
		return "insight/compare";
	}

	/** What the person chose, checked against what can be chosen; what could not be used gets a message. */
	private static final class Choices {

		private final List<Area> areas;

		private final MessageSource messages;

		private final Locale locale;

		private final Map<String, String> errors = new LinkedHashMap<>();

		private String unavailable;

		Choices(List<Area> areas, MessageSource messages, Locale locale) {
			this.areas = areas;
			this.messages = messages;
			this.locale = locale;
		}

		List<Area> areas() {
			return areas;
		}

		Area area(String field, String id, Area fallback) {
			if (id == null || id.isBlank()) {
				return fallback;
			}
			return areas.stream().filter(a -> a.id().equalsIgnoreCase(id.strip())).findFirst().orElseGet(() -> {
				errors.put(field, messages.getMessage("insight.dashboard.area.unknown", new Object[] { id }, locale));
				return fallback;
			});
		}

		ProjectionMethod method(String code) {
			try {
				return ProjectionMethod.of(code);
			}
			catch (InvalidInputException ex) {
				errors.put("method", message(ex));
				return ProjectionMethod.DEFAULT;
			}
		}

		Dashboard dashboard(ProjectionMethod method, java.util.function.Supplier<Dashboard> make) {
			try {
				return make.get();
			}
			catch (NotFoundException ex) {
				// Without an imported table 14288 the official method has nothing to show, whatever the area.
				String key = method == ProjectionMethod.OFFICIAL ? "insight.dashboard.noOfficial" : "insight.dashboard.noData";
				unavailable = messages.getMessage(key, null, locale);
			}
			catch (InvalidInputException ex) {
				unavailable = message(ex);
			}
			return null;
		}

		private String message(InvalidInputException ex) {
			var problem = ex.problems().get(0);
			return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale);
		}

		void addTo(Model model, ProjectionMethod method) {
			var byKind = new LinkedHashMap<Area.Kind, List<Area>>();
			for (Area area : areas) {
				byKind.computeIfAbsent(area.kind(), k -> new ArrayList<>()).add(area);
			}
			model.addAttribute("areasByKind", byKind);
			model.addAttribute("methods", ProjectionMethod.values());
			model.addAttribute("chosenMethod", method.code());
			model.addAttribute("errors", errors);
			model.addAttribute("unavailable", unavailable);
		}

	}

	/** One indicator of the comparison: its values for the first area's key years, then the second's. */
	record ComparisonRow(String messageKey, int decimals, List<Double> values) {

		static List<ComparisonRow> of(Dashboard a, Dashboard b) {
			return List.of(row("insight.total", 0, a, b, IndicatorSet::total),
					row("insight.aged67Plus", 0, a, b, IndicatorSet::aged67Plus),
					row("insight.dashboard.share67", 1, a, b, s -> percent(s.aged67Plus(), s.total())),
					row("insight.aged80Plus", 0, a, b, IndicatorSet::aged80Plus),
					row("insight.dashboard.share80", 1, a, b, s -> percent(s.aged80Plus(), s.total())),
					row("insight.dashboard.aged90Plus", 0, a, b, IndicatorSet::aged90Plus),
					row("insight.economicallyActivePerPensioner", 2, a, b, IndicatorSet::economicallyActivePerPensioner),
					row("insight.workingAgePerElderly", 2, a, b, IndicatorSet::workingAgePerElderly),
					row("insight.frailElderly", 0, a, b, IndicatorSet::frailElderly));
		}

		private static ComparisonRow row(String key, int decimals, Dashboard a, Dashboard b,
				java.util.function.Function<IndicatorSet, Double> value) {
			var values = new ArrayList<Double>();
			a.keySets().forEach(s -> values.add(value.apply(s)));
			b.keySets().forEach(s -> values.add(value.apply(s)));
			return new ComparisonRow(key, decimals, values);
		}

		static Double percent(double part, double whole) {
			return whole == 0 ? null : 100 * part / whole;
		}

	}

}
