package no.samhald.funding.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.funding.Funding;
import no.samhald.funding.Grant;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/**
 * Grants and their uses. A coordinator registers, corrects and removes them; a stale correction
 * comes back with what the other person changed, a stale removal is refused (409).
 */
@Controller
@RequestMapping("/{community}/funding")
record FundingController(Funding funding, Partners partners, Forums forums, Access access, Clock clock) {

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("accounts", funding.accounts(community.id()));
		return "funding/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		var use = new UseForm();
		use.spentOn = LocalDate.now(clock);
		return detailPage(community, id, use, model);
	}

	@PostMapping("/{id}/uses")
	String spend(Community community, @PathVariable long id, @Valid @ModelAttribute("use") UseForm form,
			BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			funding.spend(community, id, form.toCommand());
			return community.redirectTo("/funding/" + id + "?spent");
		}, () -> detailPage(community, id, form, model));
	}

	@GetMapping("/{id}/uses/{useId}/edit")
	String editUse(Community community, @PathVariable long id, @PathVariable long useId, Model model) {
		access.requireCoordinator(community.slug());
		return useForm(community, id, useId, UseForm.of(funding.use(community.id(), id, useId)), model);
	}

	@PostMapping("/{id}/uses/{useId}")
	String correctUse(Community community, @PathVariable long id, @PathVariable long useId,
			@Valid @ModelAttribute("use") UseForm form, BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> funding.use(community.id(), id, useId), () -> {
			funding.correctUse(community, id, useId, form.toCommand());
			return community.redirectTo("/funding/" + id + "?useCorrected");
		}, () -> useForm(community, id, useId, form, model));
	}

	@PostMapping("/{id}/uses/{useId}/remove")
	String removeUse(Community community, @PathVariable long id, @PathVariable long useId, @RequestParam int version) {
		funding.removeUse(community, id, useId, version);
		return community.redirectTo("/funding/" + id + "?useRemoved");
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		var form = new GrantForm();
		form.year = LocalDate.now(clock).getYear();
		return form(community, form, null, model);
	}

	@PostMapping
	String register(Community community, @Valid @ModelAttribute("grant") GrantForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Grant saved = funding.register(community, form.toCommand());
			return community.redirectTo("/funding/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, GrantForm.of(funding.account(community.id(), id).grant()), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("grant") GrantForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> funding.account(community.id(), id).grant(), () -> {
			funding.update(community, id, form.toCommand());
			return community.redirectTo("/funding/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	@PostMapping("/{id}/remove")
	String remove(Community community, @PathVariable long id, @RequestParam int version) {
		funding.remove(community, id, version);
		return community.redirectTo("/funding?removed");
	}

	private String detailPage(Community community, long id, UseForm use, Model model) {
		model.addAttribute("account", funding.account(community.id(), id));
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("forums", forums.all(community.id()));
		model.addAttribute("use", use);
		return "funding/detail";
	}

	private String useForm(Community community, long id, long useId, UseForm form, Model model) {
		model.addAttribute("account", funding.account(community.id(), id));
		model.addAttribute("useId", useId);
		model.addAttribute("use", form);
		return "funding/use-form";
	}

	/** The grant form; when correcting ({@code id} given) it shows whether the grant can be removed. */
	private String form(Community community, GrantForm form, Long id, Model model) {
		model.addAttribute("grant", form);
		model.addAttribute("grantId", id);
		if (id != null) {
			model.addAttribute("account", funding.account(community.id(), id));
		}
		model.addAttribute("partners", partners.all(community.id()));
		model.addAttribute("forums", forums.all(community.id()));
		return "funding/form";
	}

}
