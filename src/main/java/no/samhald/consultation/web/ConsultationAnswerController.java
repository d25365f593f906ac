package no.samhald.consultation.web;

import java.time.Clock;
import java.time.LocalDate;

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
import no.samhald.consultation.Respondent;
import no.samhald.consultation.Response;
import no.samhald.consultation.Responses;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.PageAction;

/**
 * A respondent's answers to a round: a partner's (its contacts or a coordinator) or a forum's (its
 * secretary or a coordinator). Kept as a draft or submitted; a stale save shows what the other
 * person changed; a round closed, or a submitted answer past the deadline, comes back with the reason.
 */
@Controller
@RequestMapping("/{community}/consultations/{id}")
record ConsultationAnswerController(Consultations consultations, Responses responses, ConsultationPages pages,
		Clock clock) {

	@GetMapping("/partners/{partnerId}")
	String partnerForm(Community community, @PathVariable long id, @PathVariable long partnerId, Model model) {
		return form(community, id, Respondent.partner(partnerId), null, model);
	}

	@PostMapping("/partners/{partnerId}")
	String partnerAnswer(Community community, @PathVariable long id, @PathVariable long partnerId,
			@ModelAttribute("answer") AnswerForm form, BindingResult result, Model model) {
		return answer(community, id, Respondent.partner(partnerId), form, result, model);
	}

	@GetMapping("/forums/{forumId}")
	String forumForm(Community community, @PathVariable long id, @PathVariable long forumId, Model model) {
		return form(community, id, Respondent.forum(forumId), null, model);
	}

	@PostMapping("/forums/{forumId}")
	String forumAnswer(Community community, @PathVariable long id, @PathVariable long forumId,
			@ModelAttribute("answer") AnswerForm form, BindingResult result, Model model) {
		return answer(community, id, Respondent.forum(forumId), form, result, model);
	}

	private String answer(Community community, long id, Respondent respondent, AnswerForm form, BindingResult result,
			Model model) {
		return PageAction.run(model, () -> FormSubmission.update(result, model, form,
				() -> responses.of(community, id, respondent).orElseThrow(), () -> {
					Response saved = responses.answer(community, id, respondent, form.toCommand());
					return community.redirectTo("/consultations/" + id + (saved.isSubmitted() ? "?submitted" : "?draftSaved"));
				}, () -> form(community, id, respondent, form, model)), () -> form(community, id, respondent, form, model));
	}

	private String form(Community community, long id, Respondent respondent, AnswerForm typed, Model model) {
		Response stored = responses.of(community, id, respondent).orElse(null);
		Consultation round = consultations.get(community, id);
		model.addAttribute("round", round);
		model.addAttribute("respondentName", pages.name(community, respondent));
		model.addAttribute("answerAction", "/" + community.slug() + "/consultations/" + id
				+ new ConsultationPages.RespondentView(respondent, "", null, false).path());
		model.addAttribute("response", stored);
		model.addAttribute("editable", !round.isClosed()
				&& !(stored != null && stored.isSubmitted() && round.isLate(LocalDate.now(clock))));
		model.addAttribute("answer", typed != null ? typed : AnswerForm.of(stored, round.questions().size()));
		return "consultation/answer";
	}

}
