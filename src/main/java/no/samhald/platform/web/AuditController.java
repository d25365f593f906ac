package no.samhald.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;

/** Coordinators see who changed what in their community, and when. */
@Controller
record AuditController(AuditLog audit, Access access) {

	@GetMapping("/{communitySlug}/audit")
	String latest(@PathVariable String communitySlug, Model model) {
		access.requireCoordinator(communitySlug);
		model.addAttribute("communitySlug", communitySlug);
		model.addAttribute("entries", audit.latest(communitySlug, 300));
		return "platform/audit";
	}

}
