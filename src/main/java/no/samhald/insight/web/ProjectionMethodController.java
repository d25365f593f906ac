package no.samhald.insight.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import no.samhald.community.Community;

/** "About the projection method": the default method's rules, assumptions and measured accuracy, for every reader. */
@Controller
class ProjectionMethodController {

	@GetMapping("/{community}/insight/method")
	String method(Community community) {
		return "insight/method";
	}

}
