package no.samhald.meeting.web;

import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.meeting.Decisions;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;

/** The decision log: search every decision of the community, filter by forum and year. */
@Controller
record DecisionController(Decisions decisions, Meetings meetings) {

	@GetMapping("/{community}/decisions")
	String search(Community community, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long forum, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("hits", decisions.search(community, q, forum, year));
		model.addAttribute("q", q);
		model.addAttribute("selectedForum", forum);
		model.addAttribute("selectedYear", year);
		model.addAttribute("forumList", meetings.forumsById(community).values().stream()
			.sorted(Comparator.comparing(Forum::name)).toList());
		model.addAttribute("years", meetings.visibleYears(community));
		return "meeting/decisions";
	}

}
