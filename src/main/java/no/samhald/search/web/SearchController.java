package no.samhald.search.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.search.Search;
import no.samhald.search.SearchHit;
import no.samhald.search.SearchKind;

/** The results page behind the search box in the header of every community page. */
@Controller
record SearchController(Search search, MessageSource messages) {

	@GetMapping("/{community}/search")
	String results(Community community, @RequestParam(required = false) String q,
			@RequestParam(required = false) SearchKind kind, @RequestParam(required = false) Integer year,
			Model model, Locale locale) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kinds", SearchKind.values());
		model.addAttribute("selectedKind", kind);
		model.addAttribute("selectedYear", year);
		List<SearchHit> hits = List.of();
		if (q != null && !q.isBlank()) {
			try {
				hits = search.find(community, q, kind, year);
			}
			catch (InvalidInputException e) {
				// The page shows the problem beside the box instead of an error page.
				var problem = e.problems().get(0);
				model.addAttribute("problem",
						messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale));
			}
		}
		model.addAttribute("searched", q != null && !q.isBlank() && !model.containsAttribute("problem"));
		model.addAttribute("hits", hits);
		return "search/results";
	}

}
