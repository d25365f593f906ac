package no.samhald.insight.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.Areas;
import no.samhald.insight.IndicatorSet;
import no.samhald.insight.IncompleteYearException;
import no.samhald.insight.Indicators;
import no.samhald.insight.Population;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.ProjectionRequest;
import no.samhald.insight.Projections;
import no.samhald.insight.ServiceRates;
import no.samhald.insight.YearsAlreadyImportedException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/** The knowledge-base page: what has been imported, the upload, and the community's key numbers. */
@Controller
@RequestMapping("/{community}/insight")
record InsightController(Population population, Projections projections, Indicators indicators, Areas areas,
		ServiceRates rates, MessageSource messages) {

	private static final List<Integer> PLANNING_YEARS = List.of(2030, 2040);

	@GetMapping
	String overview(Community community, Model model) {
		model.addAttribute("imports", population.imports());
		model.addAttribute("hasData", population.hasData());
		model.addAttribute("dataFolderFound", population.ssbDirectory().isPresent());
		model.addAttribute("services", rates.all(community.id()));
		var rows = new ArrayList<IndicatorSet>();
		var missing = new ArrayList<String>();
		var incomplete = new ArrayList<String>();
		if (population.hasData()) {
			List<Integer> observed = population.observedYears();
			int base = observed.get(observed.size() - 1);
			for (Area area : areas.of(community)) {
				if (area.municipalities().isEmpty()) {
					continue;
				}
				try {
					var sets = indicators.of(community, projections.project(area, base, PLANNING_YEARS.get(1),
							ProjectionRequest.of(ProjectionMethod.DEFAULT)));
					sets.stream().filter(s -> s.year() == base || PLANNING_YEARS.contains(s.year())).forEach(rows::add);
				}
				catch (NotFoundException ex) {
					missing.add(area.name());
				}
				catch (IncompleteYearException ex) {
					var problem = ex.problems().get(0);
					incomplete.add(messages.getMessage("insight.key.incomplete", new Object[] { area.name(),
							messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale()) },
							LocaleContextHolder.getLocale()));
				}
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("missingAreas", missing);
		model.addAttribute("incompleteAreas", incomplete);
		return "insight/overview";
	}

	/** Adds years at once; a file that replaces stored years is shown as a preview first (administrators only). */
	@PostMapping("/imports")
	String upload(Community community, @RequestParam(value = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean replace, Model model, RedirectAttributes redirect, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadErrors", List.of(messages.getMessage("insight.upload.required", null, locale)));
			return overview(community, model);
		}
		try {
			if (replace) {
				model.addAttribute("preview", population.preview(community, file.getOriginalFilename(), file.getBytes()));
				return overview(community, model);
			}
			redirect.addFlashAttribute("report", population.importFile(file.getOriginalFilename(), file.getBytes(), community.slug()));
			return community.redirectTo("/insight");
		}
		catch (YearsAlreadyImportedException ex) {
			model.addAttribute("conflictYears", String.join(", ", ex.years()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("uploadErrors", ex.problems().stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))
				.toList());
		}
		return overview(community, model);
	}

	/** Commits the replacement the administrator has seen. */
	@PostMapping("/imports/previews/{id}")
	String confirm(Community community, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("report", population.confirm(community, id));
		return community.redirectTo("/insight");
	}

}
