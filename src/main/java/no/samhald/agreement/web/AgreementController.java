package no.samhald.agreement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.agreement.AdoptingCases;
import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementTexts;
import no.samhald.agreement.AgreementKind;
import no.samhald.agreement.AgreementStatus;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.ImplementationStatus;
import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/agreements")
record AgreementController(Agreements agreements, Forums forums, Access access, Clock clock, AgreementTexts texts,
		AdoptingCases cases) {

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("agreements", agreements.all(community.id()));
		model.addAttribute("implemented", agreements.implementedCounts(community.id()));
		model.addAttribute("partnerCount", agreements.implementingPartnerCount(community.id()));
		model.addAttribute("forums", forums.all(community.id()));
		model.addAttribute("today", LocalDate.now(clock));
		return "agreement/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		return detailPage(community, id, newVersion(), model);
	}

	@PostMapping("/{id}/versions")
	String adopt(Community community, @PathVariable long id, @Valid @ModelAttribute("version") VersionForm form,
			BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			agreements.adopt(community, id, form.toCommand());
			return community.redirectTo("/agreements/" + id + "?adopted");
		}, () -> detailPage(community, id, form, model));
	}

	/** Starts a draft from the version in force and opens it in the section editor. */
	@PostMapping("/{id}/drafts")
	String startDraft(Community community, @PathVariable long id, @Valid @ModelAttribute("draft") DraftForm form,
			BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			var draft = texts.startDraft(community, id, form.label());
			return community.redirectTo("/agreements/" + id + "/versions/" + draft.id() + "/sections");
		}, () -> detailPage(community, id, newVersion(), model));
	}

	/** Every agreement against every implementing partner on one page. */
	@GetMapping("/implementation")
	String implementationMatrix(Community community, Model model) {
		model.addAttribute("matrix", agreements.implementationMatrix(community.id()));
		return "agreement/matrix";
	}

	/**
	 * A partner's row of the implementation table. If someone else recorded the partner's
	 * implementation since the page was opened, the page comes back with what is stored now and
	 * a warning on that row; nothing is overwritten.
	 */
	@PostMapping("/{id}/implementation/{partnerId}")
	String recordImplementation(Community community, @PathVariable long id, @PathVariable long partnerId,
			@Valid @ModelAttribute("implementationForm") ImplementationForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			agreements.recordImplementation(community, id, partnerId, form.toCommand());
			return community.redirectTo("/agreements/" + id + "?implementation#implementation");
		}, () -> detailPage(community, id, newVersion(), model), conflict -> {
			model.addAttribute("implementationConflict", partnerId);
			return detailPage(community, id, newVersion(), model);
		});
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, new AgreementForm(), null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("agreement") AgreementForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Agreement saved = agreements.create(community, form.toCommand());
			return community.redirectTo("/agreements/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, AgreementForm.of(agreements.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("agreement") AgreementForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> agreements.get(community.id(), id), () -> {
			agreements.update(community, id, form.toCommand());
			return community.redirectTo("/agreements/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	private VersionForm newVersion() {
		return VersionForm.adoptedOn(LocalDate.now(clock));
	}

	private String detailPage(Community community, long id, VersionForm version, Model model) {
		model.addAttribute("agreement", agreements.get(community.id(), id));
		model.addAttribute("versions", agreements.versions(community.id(), id));
		var implementation = agreements.implementation(community.id(), id);
		model.addAttribute("implementation", implementation);
		// The actions column is there when the person may record at least one partner's row (their own, or all).
		model.addAttribute("recordsAny", implementation.stream()
			.anyMatch(i -> access.canActForPartner(community.slug(), i.partnerId())));
		model.addAttribute("statuses", ImplementationStatus.values());
		model.addAttribute("forums", forums.all(community.id()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("version", version);
		model.addAttribute("inForce", agreements.versionInForce(community.id(), id).orElse(null));
		model.addAttribute("caseChoices", access.canCoordinate(community.slug()) ? cases.choices(community) : List.of());
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new DraftForm(null));
		}
		return "agreement/detail";
	}

	private String form(Community community, AgreementForm form, Long id, Model model) {
		model.addAttribute("agreement", form);
		model.addAttribute("agreementId", id);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("forums", forums.all(community.id()));
		return "agreement/form";
	}

}
