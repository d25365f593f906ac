package no.samhald.partnership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.samhald.community.Community;
import no.samhald.partnership.Forums;

@Controller
record StructureController(Forums forums) {

	@GetMapping("/{community}/structure")
	String structure(Community community, Model model) {
		var roots = forums.structure(community.id());
		model.addAttribute("roots", roots);
		model.addAttribute("diagram", StructureDiagram.of(roots));
		return "partnership/structure";
	}

}
