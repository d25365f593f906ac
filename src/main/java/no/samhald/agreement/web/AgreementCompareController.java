package no.samhald.agreement.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementTexts;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.VersionComparison;
import no.samhald.community.Community;
import no.samhald.platform.documents.Downloads;
import no.samhald.platform.documents.PdfDocuments;

/**
 * Two versions of an agreement compared section by section, side by side or inline, as a page
 * that prints and as a PDF. Without a choice the version in force is compared with the newest
 * other version (the draft, when there is one).
 */
@Controller
@RequestMapping("/{community}/agreements/{id}")
record AgreementCompareController(Agreements agreements, AgreementTexts texts, PdfDocuments pdfs) {

	@GetMapping("/compare")
	String compare(Community community, @PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @RequestParam(defaultValue = "side") String view, Model model) {
		model.addAllAttributes(comparison(community, id, from, to));
		model.addAttribute("versions", agreements.versions(community.id(), id));
		model.addAttribute("view", "inline".equals(view) ? "inline" : "side");
		return "agreement/compare";
	}

	@GetMapping("/compare.pdf")
	ResponseEntity<byte[]> pdf(Community community, @PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, Locale locale) {
		var variables = new HashMap<String, Object>(comparison(community, id, from, to));
		variables.put("community", community);
		Agreement agreement = (Agreement) variables.get("agreement");
		VersionComparison comparison = (VersionComparison) variables.get("comparison");
		byte[] pdf = pdfs.render("agreement/print/compare", variables, locale);
		return Downloads.inline(pdf, MediaType.APPLICATION_PDF, Downloads.fileName(agreement.title() + " "
				+ comparison.from().label() + " " + comparison.to().label()) + ".pdf");
	}

	private Map<String, Object> comparison(Community community, long id, Long from, Long to) {
		Agreement agreement = agreements.get(community.id(), id);
		var all = agreements.versions(community.id(), id);
		var model = new HashMap<String, Object>();
		model.put("agreement", agreement);
		if (all.isEmpty()) {
			return model;
		}
		long newest = all.get(0).id();
		long older = all.size() > 1 ? all.get(1).id() : newest;
		long toId = to != null ? to : newest;
		long fromId = from != null ? from : (toId == newest ? older : newest);
		model.put("comparison", texts.compare(community.id(), id, fromId, toId));
		return model;
	}

}
