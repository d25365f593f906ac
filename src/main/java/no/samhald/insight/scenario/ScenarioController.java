package no.samhald.insight.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.Dashboards;
import no.samhald.insight.ProjectionAssumptions;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.engine.AgeSexTable;
import no.samhald.insight.engine.ComponentAssumptions;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The scenario pages: try one (a plain GET form, so that every choice is a link and the page works
 * without JavaScript), save it under a name, open a saved one from its link, compare up to three,
 * and rename or delete one.
 */
@Controller
@RequestMapping("/{community}/insight/scenarios")
record ScenarioController(Scenarios scenarios, Dashboards dashboards, MessageSource messages) {

	@GetMapping
	String tryScenario(Community community, @ModelAttribute("scenario") ScenarioForm form, BindingResult result,
			Model model, Locale locale) {
		if (!result.hasErrors()) {
			compute(community, form, result, model, locale);
		}
		return tryPage(community, form, model);
	}

	@PostMapping
	String save(Community community, @ModelAttribute("scenario") ScenarioForm form, BindingResult result, Model model,
			Locale locale) {
		return FormSubmission.save(result,
				() -> community.redirectTo("/insight/scenarios/" + scenarios.save(community, form.name, form.parameters())),
				() -> {
					// Only the name was wrong: the page shows the scenario again beside the message.
					if (result.getErrorCount() == result.getFieldErrorCount("name")) {
						compute(community, form, result, model, locale);
					}
					return tryPage(community, form, model);
				});
	}

	@GetMapping("/{id}")
	String open(Community community, @PathVariable long id, Model model, Locale locale) {
		OpenedScenario opened = scenarios.open(community, id);
		model.addAttribute("opened", opened);
		model.addAttribute("mayChange", scenarios.mayChange(community, opened.scenario()));
		var tryLink = org.springframework.web.util.UriComponentsBuilder.fromPath("/" + community.slug() + "/insight/scenarios");
		ScenarioForm.of(opened.scenario().parameters()).query().forEach(tryLink::queryParam);
		model.addAttribute("tryLink", tryLink.encode().build().toUriString());
		if (opened.result() != null) {
			model.addAttribute("result", opened.result());
			model.addAttribute("charts", ScenarioCharts.of(opened.result(), messages, locale));
		}
		return "insight/scenario";
	}

	@GetMapping("/compare")
	String compare(Community community, @RequestParam(required = false) List<Long> ids, Model model, Locale locale) {
		model.addAttribute("saved", scenarios.list(community));
		List<Long> chosen = ids == null ? List.of() : ids;
		model.addAttribute("chosen", chosen);
		try {
			List<OpenedScenario> compared = scenarios.compare(community, chosen).stream()
				.filter(o -> o.result() != null)
				.toList();
			model.addAttribute("compared", compared);
			if (!compared.isEmpty()) {
				model.addAttribute("rows", CompareRow.of(compared));
				model.addAttribute("charts", ScenarioCharts.comparison(compared, messages, locale));
			}
		}
		catch (InvalidInputException ex) {
			model.addAttribute("compared", List.of());
			model.addAttribute("compareError", message(ex, locale));
		}
		return "insight/scenario-compare";
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		Scenario scenario = scenarios.get(community, id);
		if (!scenarios.mayChange(community, scenario)) {
			throw new org.springframework.security.access.AccessDeniedException("May not change scenario " + id);
		}
		return editPage(scenario, RenameScenarioForm.of(scenario), model);
	}

	@PostMapping("/{id}")
	String rename(Community community, @PathVariable long id, @ModelAttribute("rename") RenameScenarioForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> scenarios.get(community, id), () -> {
			scenarios.rename(community, id, form.name, form.version);
			return community.redirectTo("/insight/scenarios/" + id);
		}, () -> editPage(scenarios.get(community, id), form, model));
	}

	@PostMapping("/{id}/delete")
	String delete(Community community, @PathVariable long id, @ModelAttribute("rename") RenameScenarioForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> scenarios.get(community, id), () -> {
			scenarios.delete(community, id, form.version);
			return community.redirectTo("/insight/scenarios?deleted");
		}, () -> editPage(scenarios.get(community, id), form, model));
	}

	private void compute(Community community, ScenarioForm form, BindingResult result, Model model, Locale locale) {
		try {
			ScenarioResult computed = scenarios.compute(community, form.parameters());
			model.addAttribute("result", computed);
			model.addAttribute("charts", ScenarioCharts.of(computed, messages, locale));
		}
		catch (InvalidInputException ex) {
			ex.rejectInto(result);
		}
		catch (NotFoundException ex) {
			model.addAttribute("unavailable", messages.getMessage(ProjectionMethod.of(form.method) == ProjectionMethod.OFFICIAL
					? "insight.dashboard.noOfficial" : "insight.dashboard.noData", null, locale));
		}
	}

	private String tryPage(Community community, ScenarioForm form, Model model) {
		model.addAttribute("startingPoint", startingPoint(form.scenario));
		var byKind = new LinkedHashMap<Area.Kind, List<Area>>();
		for (Area area : dashboards.choices(community)) {
			byKind.computeIfAbsent(area.kind(), k -> new ArrayList<>()).add(area);
		}
		model.addAttribute("areasByKind", byKind);
		model.addAttribute("methods", ProjectionMethod.values());
		model.addAttribute("namedScenarios", List.of("low", "medium", "high"));
		model.addAttribute("saved", scenarios.list(community));
		model.addAttribute("maxCompared", Scenarios.MAX_COMPARED);
		return "insight/scenarios";
	}

	/** The named scenario's values, shown in the empty fields (a wrong name gets its message from the projection). */
	private static java.util.Map<String, String> startingPoint(String name) {
		ComponentAssumptions values;
		try {
			values = ProjectionAssumptions.named(name).resolve();
		}
		catch (InvalidInputException ex) {
			values = ProjectionAssumptions.none().resolve();
		}
		return java.util.Map.of("totalFertility", rounded(values.totalFertility(), 100), "lifeExpectancyMale",
				rounded(values.lifeExpectancy(AgeSexTable.MALE), 10), "lifeExpectancyFemale",
				rounded(values.lifeExpectancy(AgeSexTable.FEMALE), 10));
	}

	private static String rounded(double value, int scale) {
		return String.valueOf(Math.round(value * scale) / (double) scale);
	}

	private static String editPage(Scenario scenario, RenameScenarioForm form, Model model) {
		model.addAttribute("saved", scenario);
		model.addAttribute("rename", form);
		return "insight/scenario-edit";
	}

	private String message(InvalidInputException ex, Locale locale) {
		var problem = ex.problems().get(0);
		return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale);
	}

	/** One year of the comparison: each scenario's total, 67+ and 80+ (null where a scenario does not reach the year). */
	public record CompareRow(int year, List<Double> values) {

		static List<CompareRow> of(List<OpenedScenario> compared) {
			var years = new java.util.TreeSet<Integer>();
			compared.forEach(o -> o.result().projection().years().forEach(y -> years.add(y.year())));
			var rows = new ArrayList<CompareRow>();
			for (int year : years) {
				var values = new ArrayList<Double>();
				for (OpenedScenario o : compared) {
					var y = o.result().projection().year(year);
					values.add(y == null ? null : y.total());
					values.add(y == null ? null : y.sum(67, 105));
					values.add(y == null ? null : y.sum(80, 105));
				}
				rows.add(new CompareRow(year, values));
			}
			return rows;
		}

	}

}
