package no.samhald.agreement.web;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.multipart.MultipartFile;

import no.samhald.agreement.AdoptingCases;
import no.samhald.agreement.AgreementTexts;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.SectionLevel;
import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.InvalidInputException;

/**
 * One version's text section by section; for a coordinator, the draft: started from the version
 * in force, edited in the browser or imported from Word, and adopted.
 */
@Controller
@RequestMapping("/{community}/agreements/{id}")
record AgreementTextController(Agreements agreements, AgreementTexts texts, AdoptingCases cases, Access access,
		Clock clock) {

	@GetMapping("/versions/{versionId}")
	String version(Community community, @PathVariable long id, @PathVariable long versionId, Model model) {
		return versionPage(community, id, versionId, null, model);
	}

	@GetMapping("/versions/{versionId}/sections")
	String editSections(Community community, @PathVariable long id, @PathVariable long versionId, Model model) {
		access.requireCoordinator(community.slug());
		return editor(community, id, versionId, SectionsForm.of(texts.version(community.id(), id, versionId)), model);
	}

	@PostMapping("/versions/{versionId}/sections")
	String saveSections(Community community, @PathVariable long id, @PathVariable long versionId,
			@ModelAttribute("sections") SectionsForm form, BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> texts.version(community.id(), id, versionId), () -> {
			texts.saveSections(community, id, versionId, form.toSections(), form.version);
			return community.redirectTo("/agreements/" + id + "/versions/" + versionId + "?saved");
		}, () -> {
			form.addNewRows();
			return editor(community, id, versionId, form, model);
		});
	}

	@PostMapping("/versions/{versionId}/import")
	String importDocx(Community community, @PathVariable long id, @PathVariable long versionId,
			@RequestParam("file") MultipartFile file, @RequestParam("version") int version, Model model) {
		access.requireCoordinator(community.slug());
		try {
			texts.importDocx(community, id, versionId, file.getBytes(), version);
			return community.redirectTo("/agreements/" + id + "/versions/" + versionId + "/sections?imported");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("importProblem", ex.problems().get(0));
			return editSections(community, id, versionId, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/versions/{versionId}/adopt")
	String adopt(Community community, @PathVariable long id, @PathVariable long versionId,
			@Valid @ModelAttribute("adoption") AdoptDraftForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			texts.adoptDraft(community, id, versionId, form.toCommand());
			return community.redirectTo("/agreements/" + id + "/versions/" + versionId + "?adopted");
		}, () -> versionPage(community, id, versionId, form, model));
	}

	private String versionPage(Community community, long id, long versionId, AdoptDraftForm adoption, Model model) {
		AgreementVersion version = texts.version(community.id(), id, versionId);
		model.addAttribute("agreement", agreements.get(community.id(), id));
		model.addAttribute("shown", version);
		model.addAttribute("versions", agreements.versions(community.id(), id));
		model.addAttribute("inForce", agreements.versionInForce(community.id(), id).orElse(null));
		model.addAttribute("adoptingCase", cases.find(community, version.caseId()).orElse(null));
		if (version.isDraft() && access.canCoordinate(community.slug())) {
			model.addAttribute("adoption",
					adoption != null ? adoption : AdoptDraftForm.of(LocalDate.now(clock), version.version()));
			model.addAttribute("caseChoices", cases.choices(community));
		}
		return "agreement/version";
	}

	private String editor(Community community, long id, long versionId, SectionsForm form, Model model) {
		AgreementVersion version = texts.version(community.id(), id, versionId);
		model.addAttribute("agreement", agreements.get(community.id(), id));
		model.addAttribute("shown", version);
		model.addAttribute("sections", form);
		model.addAttribute("levels", SectionLevel.values());
		return version.isDraft() ? "agreement/sections" : community.redirectTo("/agreements/" + id + "/versions/" + versionId);
	}

}
