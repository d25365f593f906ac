package no.samhald.consultation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import no.samhald.community.Community;
import no.samhald.consultation.Consultation;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.Responses;
import no.samhald.consultation.SaveConsultation;
import no.samhald.consultation.StoredFile;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.PageAction;
import no.samhald.platform.documents.Downloads;

/**
 * The rounds of a community: the list, a round with its questions, who has answered and the
 * answers the reader may see, and the coordinator's form to open or correct one (a stale
 * correction comes back with what the other person changed).
 */
@Controller
@RequestMapping("/{community}/consultations")
record ConsultationController(Consultations consultations, Responses responses, ConsultationPages pages, Access access,
		Clock clock) {

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("rounds", consultations.visible(community));
		model.addAttribute("today", LocalDate.now(clock));
		return "consultation/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		return detailPage(community, id, model);
	}

	@PostMapping("/{id}/document")
	String upload(Community community, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		var upload = new SaveConsultation.UploadedFile(file.getOriginalFilename(), file.getBytes());
		return PageAction.run(model, () -> {
			consultations.uploadDocument(community, id, upload);
			return community.redirectTo("/consultations/" + id + "?uploaded");
		}, () -> detailPage(community, id, model));
	}

	private String detailPage(Community community, long id, Model model) {
		Consultation round = consultations.get(community, id);
		pages.addContext(community, round, model);
		var visible = access.canCoordinate(community.slug()) ? responses.all(community, round)
				: responses.visible(community, round);
		model.addAttribute("respondents", pages.respondents(community, round, visible));
		model.addAttribute("today", LocalDate.now(clock));
		return "consultation/detail";
	}

	@GetMapping("/{id}/document")
	ResponseEntity<byte[]> document(Community community, @PathVariable long id) {
		StoredFile file = consultations.document(community, id);
		return Downloads.attachment(file.content(), MediaType.parseMediaType(file.contentType()), file.filename());
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		var form = new ConsultationForm();
		form.deadline = LocalDate.now(clock).plusWeeks(4);
		return form(community, form, null, model);
	}

	@PostMapping
	String open(Community community, @Valid @ModelAttribute("round") ConsultationForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Consultation saved = consultations.open(community, form.toCommand());
			return community.redirectTo("/consultations/" + saved.id() + "?opened");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, ConsultationForm.of(consultations.get(community, id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("round") ConsultationForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> consultations.get(community, id), () -> {
			consultations.update(community, id, form.toCommand());
			return community.redirectTo("/consultations/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	private String form(Community community, ConsultationForm form, Long id, Model model) {
		model.addAttribute("round", form);
		model.addAttribute("roundId", id);
		pages.addOptions(community, model);
		return "consultation/form";
	}

}
