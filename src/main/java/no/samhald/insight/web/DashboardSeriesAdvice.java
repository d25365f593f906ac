package no.samhald.insight.web;

import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.insight.Area;
import no.samhald.insight.DashboardSeries;
import no.samhald.insight.Dashboards;
import no.samhald.insight.PopulationGroup;
import no.samhald.platform.NotFoundException;

/**
 * Adds to the dashboard another module's figure (a closed collection's field) per 1 000
 * inhabitants of a group, chosen by the parameters {@code series} and {@code per}: kept apart from
 * {@link DashboardController}, which it only adds model attributes to, so the dashboard's own
 * choices stay as they are. An unknown series or group shows a message, not an error page.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
record DashboardSeriesAdvice(DashboardSeries series, Dashboards dashboards) {

	@ModelAttribute
	void addSeries(Community community, @RequestParam(required = false) String area,
			@RequestParam(name = "series", required = false) String key, @RequestParam(required = false) String per,
			Model model, Locale locale) {
		model.addAttribute("seriesChoices", series.choices(community, locale));
		model.addAttribute("populationGroups", PopulationGroup.values());
		PopulationGroup group = PopulationGroup.of(per).orElse(PopulationGroup.ALL);
		model.addAttribute("chosenSeries", key);
		model.addAttribute("chosenGroup", group.code());
		if (key == null || key.isBlank()) {
			return;
		}
		try {
			model.addAttribute("seriesTable", series.of(community, chosenArea(community, area), key.strip(), group, locale));
		}
		catch (NotFoundException ex) {
			model.addAttribute("seriesUnknown", true);
		}
	}

	/** The dashboard's area as its controller picks it: the one named, or the community. */
	private Area chosenArea(Community community, String id) {
		var areas = dashboards.choices(community);
		return areas.stream().filter(a -> id != null && a.id().equalsIgnoreCase(id.strip())).findFirst().orElse(areas.get(0));
	}

}
