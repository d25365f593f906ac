package no.samhald.community.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.samhald.community.Communities;
import no.samhald.community.Community;

@Controller
class CommunityController {

	private final Communities communities;

	CommunityController(Communities communities) {
		this.communities = communities;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("communities", communities.all());
		return "community/list";
	}

	@GetMapping("/{community:[a-z][a-z0-9-]+}")
	String overview(Community community) {
		return "community/overview";
	}

}
