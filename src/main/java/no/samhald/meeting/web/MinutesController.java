package no.samhald.meeting.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.meeting.Case;
import no.samhald.meeting.Meetings;
import no.samhald.meeting.MinutesCorrections;
import no.samhald.partnership.Forum;
import no.samhald.platform.FormSubmission;
import no.samhald.platform.PageAction;

/** The notice with the agenda, and the minutes with their approval and corrections. */
@Controller
@RequestMapping("/{community}/meetings/{id}")
record MinutesController(Meetings meetings, MinutesCorrections corrections, MeetingPages pages) {

	@GetMapping("/notice")
	String notice(Community community, @PathVariable long id, Model model) {
		pages.addTo(model, community, id);
		return "meeting/notice";
	}

	@GetMapping("/minutes")
	String minutes(Community community, @PathVariable long id, Model model) {
		pages.addTo(model, community, id);
		if (!model.containsAttribute("correction")) {
			model.addAttribute("correction", new CorrectionForm());
		}
		Forum forum = (Forum) model.getAttribute("forum");
		@SuppressWarnings("unchecked")
		var agenda = (List<Case>) model.getAttribute("agenda");
		model.addAttribute("caseOptions", agenda.stream()
			.map(c -> new Option(c.id(), forum.label() + " " + c.numberInYear())).toList());
		return "meeting/minutes";
	}

	@PostMapping("/minutes/notes")
	String notes(Community community, @PathVariable long id, @RequestParam(defaultValue = "") String notes,
			@RequestParam int version, Model model) {
		return PageAction.run(model, () -> {
			meetings.saveMinutesNotes(community, id, notes, version);
			return minutesPage(community, id, "notesSaved");
		}, () -> {
			model.addAttribute("typedNotes", notes);
			return minutes(community, id, model);
		});
	}

	@PostMapping("/minutes/approvals")
	String approve(Community community, @PathVariable long id, @RequestParam long personId, Model model) {
		return PageAction.run(model, () -> {
			meetings.approveMinutes(community, id, personId);
			return minutesPage(community, id, "approved");
		}, () -> minutes(community, id, model));
	}

	@PostMapping("/minutes/corrections")
	String correct(Community community, @PathVariable long id,
			@Valid @ModelAttribute("correction") CorrectionForm form, BindingResult result, Model model) {
		return PageAction.run(model, () -> FormSubmission.save(result, () -> {
			corrections.correct(community, id, form.caseId, form.text);
			return minutesPage(community, id, "corrected");
		}, () -> minutes(community, id, model)), () -> minutes(community, id, model));
	}

	private static String minutesPage(Community community, long id, String flag) {
		return community.redirectTo("/meetings/" + id + "/minutes?" + flag);
	}

}
