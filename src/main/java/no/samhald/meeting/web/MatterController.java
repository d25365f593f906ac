package no.samhald.meeting.web;

import java.util.Comparator;

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
import no.samhald.meeting.AnchoringOutcome;
import no.samhald.meeting.Cases;
import no.samhald.meeting.Matter;
import no.samhald.meeting.Matters;
import no.samhald.meeting.Meetings;
import no.samhald.meeting.StepDetails;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/** Matters and their anchoring trails, shown as a timeline. */
@Controller
@RequestMapping("/{community}/matters")
class MatterController {

	private final Matters matters;

	private final Cases cases;

	private final Meetings meetings;

	private final Access access;

	MatterController(Matters matters, Cases cases, Meetings meetings, Access access) {
		this.matters = matters;
		this.cases = cases;
		this.meetings = meetings;
		this.access = access;
	}

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("matters", matters.all(community));
		model.addAttribute("forums", meetings.forumsById(community));
		return "meeting/matters";
	}

	@PostMapping
	String create(Community community, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, Model model) {
		access.requireCoordinator(community.slug());
		try {
			Matter saved = matters.create(community, title, description);
			return "redirect:/" + community.slug() + "/matters/" + saved.id() + "?saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("titleMissing", true);
			model.addAttribute("description", description);
			return list(community, model);
		}
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new StepDetails());
		}
		model.addAttribute("matter", matters.get(community, id));
		model.addAttribute("forums", meetings.forumsById(community));
		model.addAttribute("forumList", meetings.forumsById(community).values().stream()
			.sorted(Comparator.comparing(Forum::name)).toList());
		model.addAttribute("outcomes", AnchoringOutcome.values());
		model.addAttribute("caseList", cases.visible(community));
		return "meeting/matter";
	}

	@PostMapping("/{id}/steps")
	String addStep(Community community, @PathVariable long id, @Valid @ModelAttribute("step") StepDetails step,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		if (!result.hasErrors()) {
			try {
				matters.addStep(community, id, step);
				return "redirect:/" + community.slug() + "/matters/" + id + "?stepAdded#timeline";
			}
			catch (InvalidInputException ex) {
				ex.rejectInto(result);
			}
		}
		return detail(community, id, model);
	}

	@PostMapping("/{id}/steps/{index}")
	String updateStep(Community community, @PathVariable long id, @PathVariable int index,
			@RequestParam AnchoringOutcome outcome, @RequestParam(defaultValue = "") String summary,
			@RequestParam(required = false) Long caseId) {
		access.requireCoordinator(community.slug());
		var steps = matters.get(community, id).steps();
		if (index < 0 || index >= steps.size()) {
			throw new NotFoundException("anchoring step", index);
		}
		var step = steps.get(index);
		var details = new StepDetails();
		details.setForumId(step.forumId());
		details.setPlannedDate(step.plannedDate());
		details.setDeciding(step.deciding());
		details.setOutcome(outcome);
		details.setSummary(summary);
		details.setCaseId(caseId);
		matters.updateStep(community, id, index, details);
		return "redirect:/" + community.slug() + "/matters/" + id + "?stepSaved#timeline";
	}

}
