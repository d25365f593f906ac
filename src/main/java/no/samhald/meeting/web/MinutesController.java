package no.samhald.meeting.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.meeting.Meetings;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;

/** The notice with the agenda, and the minutes with their approval and corrections. */
@Controller
@RequestMapping("/{community}/meetings/{id}")
class MinutesController {

	private final Meetings meetings;

	private final MeetingPages pages;

	MinutesController(Meetings meetings, MeetingPages pages) {
		this.meetings = meetings;
		this.pages = pages;
	}

	@GetMapping("/notice")
	String notice(Community community, @PathVariable long id, Model model) {
		pages.addTo(model, community, id);
		return "meeting/notice";
	}

	@GetMapping("/minutes")
	String minutes(Community community, @PathVariable long id, Model model) {
		pages.addTo(model, community, id);
		return "meeting/minutes";
	}

	@PostMapping("/minutes/notes")
	String notes(Community community, @PathVariable long id, @RequestParam(defaultValue = "") String notes,
			@RequestParam int version, Model model) {
		try {
			meetings.saveMinutesNotes(community, id, notes, version);
			return redirect(community, id, "notesSaved");
		}
		catch (OptimisticLockingFailureException | ConflictException ex) {
			return again(community, id, model, ex, notes);
		}
	}

	@PostMapping("/minutes/approvals")
	String approve(Community community, @PathVariable long id, @RequestParam long personId, Model model) {
		try {
			meetings.approveMinutes(community, id, personId);
			return redirect(community, id, "approved");
		}
		catch (ConflictException | InvalidInputException ex) {
			return again(community, id, model, ex, null);
		}
	}

	@PostMapping("/minutes/corrections")
	String correct(Community community, @PathVariable long id, @RequestParam(required = false) Long caseId,
			@RequestParam(defaultValue = "") String text, Model model) {
		try {
			meetings.correct(community, id, caseId, text);
			return redirect(community, id, "corrected");
		}
		catch (ConflictException | InvalidInputException ex) {
			model.addAttribute("correctionText", text);
			return again(community, id, model, ex, null);
		}
	}

	/** The minutes page again, with the reason in the person's language and what they typed kept. */
	private String again(Community community, long id, Model model, RuntimeException ex, String notes) {
		pages.addTo(model, community, id);
		model.addAttribute("problem", problemKey(ex));
		if (notes != null) {
			model.addAttribute("typedNotes", notes);
		}
		return "meeting/minutes";
	}

	static String problemKey(RuntimeException ex) {
		if (ex instanceof ConflictException conflict) {
			return conflict.messageKey();
		}
		if (ex instanceof InvalidInputException invalid) {
			return invalid.problems().get(0).messageKey();
		}
		return "error.staleEdit";
	}

	private static String redirect(Community community, long id, String flag) {
		return "redirect:/" + community.slug() + "/meetings/" + id + "/minutes?" + flag;
	}

}
