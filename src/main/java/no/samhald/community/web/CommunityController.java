package no.samhald.community.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.community.OverviewSection;

@Controller
class CommunityController {

	private final Communities communities;

	private final List<OverviewSection> sections;

	CommunityController(Communities communities, ObjectProvider<OverviewSection> sections) {
		this.communities = communities;
		this.sections = sections.orderedStream().toList();
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("communities", communities.all());
		return "community/list";
	}

	@GetMapping("/{community:[a-z][a-z0-9-]+}")
	String overview(Community community, Model model) {
		model.addAttribute("overviewSections",
				sections.stream().flatMap(section -> section.contentFor(community).stream()).toList());
		return "community/overview";
	}

}
