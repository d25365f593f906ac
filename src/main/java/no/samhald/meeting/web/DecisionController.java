package no.samhald.meeting.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import no.samhald.community.Community;
import no.samhald.meeting.DecisionPage;
import no.samhald.meeting.Decisions;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.Text;

/** The decision log: search every decision of the community, filter by forum and year, 50 to a page. */
@Controller
record DecisionController(Decisions decisions, Meetings meetings) {

	@GetMapping("/{community}/decisions")
	String search(Community community, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long forum, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		int asked = Pagination.askedOffset(page, size);
		DecisionPage found = decisions.page(community, q, forum, year, asked, Pagination.perPage(size));
		var pagination = Pagination.of(page, size, found.total(), link(community, q, forum, year));
		if (pagination.offset() != asked) {
			// a page past the end shows the last one, as the meeting list does: the first read told the total
			found = decisions.page(community, q, forum, year, pagination.offset(), pagination.size());
		}
		model.addAttribute("hits", found.hits());
		model.addAttribute("pagination", pagination);
		model.addAttribute("q", q);
		model.addAttribute("selectedForum", forum);
		model.addAttribute("selectedYear", year);
		model.addAttribute("forumList", meetings.forumsById(community).values().stream()
			.sorted(Comparator.comparing(Forum::name)).toList());
		model.addAttribute("years", meetings.visibleYears(community));
		return "meeting/decisions";
	}

	/** The log's address with its search and filters; the words encoded, as the page links keep them as they are. */
	private static UriComponentsBuilder link(Community community, String q, Long forum, Integer year) {
		return UriComponentsBuilder.fromPath("/" + community.slug() + "/decisions")
			.queryParamIfPresent("q", Optional.ofNullable(Text.strippedOrNull(q))
				.map(words -> UriUtils.encodeQueryParam(words, StandardCharsets.UTF_8)))
			.queryParamIfPresent("forum", Optional.ofNullable(forum))
			.queryParamIfPresent("year", Optional.ofNullable(year));
	}

}
