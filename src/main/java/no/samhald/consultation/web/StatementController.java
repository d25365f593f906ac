package no.samhald.consultation.web;

import java.util.Locale;

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

import no.samhald.community.Community;
import no.samhald.consultation.Consultation;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.Responses;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.documents.Downloads;

/**
 * The joint statement (samla innspel): the coordinator writes it with every submitted answer shown
 * side by side per question, and closes the round. The statement, and the answers of a public
 * round, download as PDF and DOCX for whoever may see the round.
 */
@Controller
@RequestMapping("/{community}/consultations/{id}")
record StatementController(Consultations consultations, Responses responses, ConsultationPages pages,
		ConsultationDocuments documents, Access access) {

	@GetMapping("/statement")
	String statementForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, id, StatementForm.of(consultations.get(community, id)), model);
	}

	@PostMapping("/statement")
	String writeStatement(Community community, @PathVariable long id,
			@Valid @ModelAttribute("statement") StatementForm form, BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> consultations.get(community, id), () -> {
			consultations.writeStatement(community, id, form.jointStatement, form.version);
			return community.redirectTo("/consultations/" + id + "?statementSaved");
		}, () -> form(community, id, form, model));
	}

	@PostMapping("/close")
	String close(Community community, @PathVariable long id) {
		consultations.close(community, id);
		return community.redirectTo("/consultations/" + id + "?closed");
	}

	@GetMapping("/statement.pdf")
	ResponseEntity<byte[]> statementPdf(Community community, @PathVariable long id, Locale locale) {
		Consultation round = consultations.get(community, id);
		return Downloads.inline(documents.pdf(community, round, false, locale), MediaType.APPLICATION_PDF,
				Downloads.fileName(round.title()) + ".pdf");
	}

	@GetMapping("/statement.docx")
	ResponseEntity<byte[]> statementDocx(Community community, @PathVariable long id, Locale locale) {
		Consultation round = consultations.get(community, id);
		return Downloads.attachment(documents.docx(community, round, false, locale), Downloads.DOCX,
				Downloads.fileName(round.title()) + ".docx");
	}

	@GetMapping("/answers.pdf")
	ResponseEntity<byte[]> answersPdf(Community community, @PathVariable long id, Locale locale) {
		Consultation round = publicAnswers(community, id);
		return Downloads.inline(documents.pdf(community, round, true, locale), MediaType.APPLICATION_PDF,
				Downloads.fileName(round.title()) + "-innspel.pdf");
	}

	@GetMapping("/answers.docx")
	ResponseEntity<byte[]> answersDocx(Community community, @PathVariable long id, Locale locale) {
		Consultation round = publicAnswers(community, id);
		return Downloads.attachment(documents.docx(community, round, true, locale), Downloads.DOCX,
				Downloads.fileName(round.title()) + "-innspel.docx");
	}

	/** The answers as a document are for public rounds (and the coordinators, who read them all). */
	private Consultation publicAnswers(Community community, long id) {
		Consultation round = consultations.get(community, id);
		if (!round.publicRound() && !access.canCoordinate(community.slug())) {
			throw new NotFoundException("answers of consultation", id);
		}
		return round;
	}

	private String form(Community community, long id, StatementForm form, Model model) {
		Consultation round = consultations.get(community, id);
		pages.addContext(community, round, model);
		model.addAttribute("respondents", pages.respondents(community, round, responses.all(community, round)));
		model.addAttribute("statement", form);
		return "consultation/statement";
	}

}
