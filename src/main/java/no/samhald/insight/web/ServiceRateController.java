package no.samhald.insight.web;

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
import no.samhald.insight.ServiceRates;
import no.samhald.insight.engine.AgeGroup;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/** A coordinator changes the community's figures for a service; a save over someone else's is shown, not made. */
@Controller
@RequestMapping("/{community}/insight/services/{service}")
record ServiceRateController(ServiceRates rates, Access access) {

	@GetMapping("/edit")
	String editForm(Community community, @PathVariable String service, Model model) {
		access.requireCoordinator(community.slug());
		return form(ServiceRateForm.of(rates.get(community.id(), service)), model);
	}

	@PostMapping
	String update(Community community, @PathVariable String service, @Valid @ModelAttribute("rate") ServiceRateForm form,
			BindingResult result, Model model) {
		form.service = service;
		return FormSubmission.update(result, model, form, () -> rates.get(community.id(), service), () -> {
			rates.save(community, form.toCommand());
			return community.redirectTo("/insight?saved=" + service);
		}, () -> form(form, model));
	}

	private static String form(ServiceRateForm form, Model model) {
		model.addAttribute("rate", form);
		model.addAttribute("ageGroups", AgeGroup.values());
		return "insight/service-form";
	}

}
