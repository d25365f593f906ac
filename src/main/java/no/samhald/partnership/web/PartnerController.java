package no.samhald.partnership.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.partnership.WrittenLanguage;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/partners")
record PartnerController(Partners partners, Forums forums, Access access) {

	private static final String FORM = "partnership/partnerForm";

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("regions", partners.regions(community.id()));
		return "partnership/partners";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		Partner partner = partners.get(community.id(), id);
		model.addAttribute("partner", partner);
		model.addAttribute("regions", partners.regions(community.id()));
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("forums", forums.all(community.id()));
		return "partnership/partner";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		var form = new PartnerForm();
		form.type = PartnerType.MUNICIPALITY;
		return form(community, form, null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("partner") PartnerForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Partner saved = partners.create(community, form.toCommand());
			return community.redirectTo("/partners/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, PartnerForm.of(partners.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("partner") PartnerForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> {
			Partner stored = partners.get(community.id(), id);
			model.addAttribute("stored", stored);
			return stored;
		}, () -> {
			partners.update(community, id, form.toCommand());
			return community.redirectTo("/partners/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	private String form(Community community, PartnerForm form, Long id, Model model) {
		model.addAttribute("partner", form);
		model.addAttribute("partnerId", id);
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("languages", WrittenLanguage.values());
		model.addAttribute("regions", partners.regions(community.id()));
		model.addAttribute("parents", partners.all(community.id()).stream()
			.filter(p -> p.type() == PartnerType.HEALTH_TRUST).toList());
		return FORM;
	}

}
