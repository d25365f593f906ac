package no.samhald.agreement.web;

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

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementDetails;
import no.samhald.agreement.AgreementKind;
import no.samhald.agreement.AgreementStatus;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.ImplementationStatus;
import no.samhald.agreement.VersionDetails;
import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

@Controller
@RequestMapping("/{community}/agreements")
class AgreementController {

	private final Agreements agreements;

	private final Forums forums;

	private final Access access;

	private final Clock clock;

	AgreementController(Agreements agreements, Forums forums, Access access, Clock clock) {
		this.agreements = agreements;
		this.forums = forums;
		this.access = access;
		this.clock = clock;
	}

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
		var version = new VersionDetails();
		version.setAdoptedOn(LocalDate.now(clock));
		return detailPage(community, id, version, model);
	}

	@PostMapping("/{id}/versions")
	String adopt(Community community, @PathVariable long id, @Valid @ModelAttribute("version") VersionDetails details,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			agreements.adopt(community.id(), community.slug(), id, details);
			return "redirect:/" + community.slug() + "/agreements/" + id + "?adopted";
		}, () -> detailPage(community, id, details, model));
	}

	@PostMapping("/{id}/implementation/{partnerId}")
	String recordImplementation(Community community, @PathVariable long id, @PathVariable long partnerId,
			@RequestParam ImplementationStatus status, @RequestParam(required = false) String note) {
		access.requireCoordinator(community.slug());
		agreements.recordImplementation(community.id(), community.slug(), id, partnerId, status, note);
		return "redirect:/" + community.slug() + "/agreements/" + id + "?implementation#implementation";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, new AgreementDetails(), null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("agreement") AgreementDetails details,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			Agreement saved = agreements.create(community.id(), community.slug(), details);
			return "redirect:/" + community.slug() + "/agreements/" + saved.id() + "?saved";
		}, () -> form(community, details, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, AgreementDetails.of(agreements.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id,
			@Valid @ModelAttribute("agreement") AgreementDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			agreements.update(community.id(), community.slug(), id, details);
			return "redirect:/" + community.slug() + "/agreements/" + id + "?saved";
		}, () -> form(community, details, id, model), conflict -> {
			Agreement stored = agreements.get(community.id(), id);
			model.addAttribute("conflict", details.fieldsChangedIn(stored));
			// The next save is a deliberate overwrite of what the person has now seen.
			details.setVersion(stored.version());
			return form(community, details, id, model);
		});
	}

	private String detailPage(Community community, long id, VersionDetails version, Model model) {
		model.addAttribute("agreement", agreements.get(community.id(), id));
		model.addAttribute("versions", agreements.versions(community.id(), id));
		model.addAttribute("implementation", agreements.implementation(community.id(), id));
		model.addAttribute("statuses", ImplementationStatus.values());
		model.addAttribute("forums", forums.all(community.id()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("version", version);
		return "agreement/detail";
	}

	private String form(Community community, AgreementDetails details, Long id, Model model) {
		model.addAttribute("agreement", details);
		model.addAttribute("agreementId", id);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("forums", forums.all(community.id()));
		return "agreement/form";
	}

}
