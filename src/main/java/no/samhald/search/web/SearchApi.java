package no.samhald.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.search.Search;
import no.samhald.search.SearchKind;

/** The search as JSON, with the same ranking and the same access rule as the page. */
@RestController
@Tag(name = "Search", description = "Full-text search across meetings, cases, agreements, plans, projects, events, consultation rounds and documents")
record SearchApi(Search search) {

	@GetMapping("/api/v1/communities/{community}/search")
	@Operation(summary = "Items matching the query that the caller may see, best match first",
			description = "Norwegian stemming (PostgreSQL 'norwegian'); web-search syntax: \"phrase\", or, -word. "
					+ "The public finds public items only (decided cases of approved public minutes, public meetings, documents of "
					+ "public cases and rounds); members of the community find undecided cases and closed meetings too. A blank query or one longer than 200 characters gives 400. "
					+ "The snippet is HTML: escaped text with the matched words in <mark>.")
	List<HitJson> search(Community community,
			@Parameter(description = "The words searched for") @RequestParam(required = false) String q,
			@Parameter(description = "Only items of this kind") @RequestParam(required = false) SearchKind kind,
			@Parameter(description = "Only items of this year") @RequestParam(required = false) Integer year) {
		return search.find(community, q, kind, year).stream()
			.map(h -> new HitJson(h.kind().name(), h.title(), h.snippet(), h.link(), h.year()))
			.toList();
	}

	record HitJson(String kind, String title, String snippet, String link, Integer year) {
	}

}
