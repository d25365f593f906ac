package no.samhald.collection.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.collection.Answer;
import no.samhald.collection.CollectionResults;
import no.samhald.collection.Collections;
import no.samhald.collection.DataCollection;
import no.samhald.community.Community;
import no.samhald.platform.ConflictException;
import no.samhald.platform.FormSubmission;

/**
 * A partner's answer to a collection, for its contact or a coordinator: saved as a draft,
 * submitted, and corrected while the collection is open; and the public results.
 */
@Controller
@RequestMapping("/{community}/collections/{id}")
record AnswerController(Collections collections, CollectionResults results) {

	@GetMapping("/answers/{partnerId}")
	String answerForm(Community community, @PathVariable long id, @PathVariable long partnerId, Model model) {
		AnswerForm form = collections.answerOf(community, id, partnerId).map(AnswerForm::of).orElseGet(AnswerForm::new);
		return form(community, id, partnerId, form, model);
	}

	@PostMapping("/answers/{partnerId}")
	String answer(Community community, @PathVariable long id, @PathVariable long partnerId,
			@ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			@RequestParam(required = false) String submit, Model model) {
		return FormSubmission.update(result, model, form,
				() -> collections.answerOf(community, id, partnerId).orElseThrow(), () -> {
					try {
						Answer saved = collections.saveAnswer(community, id, partnerId, form.toCommand(submit != null))
							.answer();
						return community.redirectTo("/collections/" + id + "/answers/" + partnerId
								+ (saved.isSubmitted() ? "?submitted" : "?saved"));
					}
					catch (ConflictException ex) {
						// Closed meanwhile: keep what was typed and say why it cannot be saved.
						result.reject(ex.messageKey());
						return form(community, id, partnerId, form, model);
					}
				}, () -> form(community, id, partnerId, form, model));
	}

	@GetMapping("/results")
	String results(Community community, @PathVariable long id, Model model, java.util.Locale locale) {
		model.addAttribute("result", results.of(community.id(), id).in(locale));
		return "collection/results";
	}

	private String form(Community community, long id, long partnerId, AnswerForm form, Model model) {
		DataCollection collection = collections.get(community.id(), id);
		model.addAttribute("collection", collection);
		model.addAttribute("partnerName", results.partnerNames(community.id()).get(partnerId));
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("answer", collections.answerOf(community, id, partnerId).orElse(null));
		model.addAttribute("answerForm", form);
		return "collection/answer";
	}

}
