package no.samhald.meeting.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.meeting.AnchoringOutcome;
import no.samhald.meeting.AnchoringStep;
import no.samhald.meeting.Cases;
import no.samhald.meeting.Matter;
import no.samhald.meeting.Matters;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/**
 * Matters and their anchoring trails, shown as a timeline. A step is addressed by its number,
 * which stays the same when steps are added before it, and saved over the version the person saw.
 */
@Controller
@RequestMapping("/{community}/matters")
record MatterController(Matters matters, Cases cases, Meetings meetings, Access access) {

	@GetMapping
	String list(Community community, Model model) {
		if (!model.containsAttribute("matterForm")) {
			model.addAttribute("matterForm", new MatterForm());
		}
		model.addAttribute("matters", matters.all(community));
		model.addAttribute("forums", meetings.forumsById(community));
		return "meeting/matters";
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("matterForm") MatterForm form, BindingResult result,
			Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			Matter saved = matters.create(community, form.title, form.description);
			return community.redirectTo("/matters/" + saved.id() + "?saved");
		}, () -> list(community, model));
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new StepForm());
		}
		Matter matter = matters.get(community, id);
		List<Forum> kept = forumList(community);
		model.addAttribute("matter", matter);
		model.addAttribute("forums", meetings.forumsById(community));
		model.addAttribute("forumList", kept);
		// the steps whose outcome the person may record: those in the forums they keep
		model.addAttribute("keptSteps", matter.steps().stream()
			.filter(s -> kept.stream().anyMatch(f -> f.id().equals(s.forumId()))).toList());
		model.addAttribute("outcomes", AnchoringOutcome.values());
		model.addAttribute("caseList", cases.visible(community));
		return "meeting/matter";
	}

	@PostMapping("/{id}/steps")
	String addStep(Community community, @PathVariable long id, @Valid @ModelAttribute("step") StepForm step,
			BindingResult result, Model model) {
		if (step.forumId != null) {
			access.requireKeeperOfForum(community.slug(), step.forumId);
		}
		else if (forumList(community).isEmpty()) {
			throw new AccessDeniedException("Keeps no forum of " + community.slug());
		}
		return FormSubmission.save(result, () -> {
			matters.addStep(community, id, step.toCommand());
			return community.redirectTo("/matters/" + id + "?stepAdded#timeline");
		}, () -> detail(community, id, model));
	}

	@GetMapping("/{id}/steps/{number}/edit")
	String editStep(Community community, @PathVariable long id, @PathVariable int number, Model model) {
		AnchoringStep current = matters.step(community, id, number);
		access.requireKeeperOfForum(community.slug(), current.forumId());
		return stepForm(community, id, number, StepForm.of(current), model);
	}

	@PostMapping("/{id}/steps/{number}")
	String updateStep(Community community, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("step") StepForm step, BindingResult result, Model model) {
		access.requireKeeperOfForum(community.slug(), matters.step(community, id, number).forumId());
		return FormSubmission.update(result, model, step, () -> matters.step(community, id, number), () -> {
			matters.updateStep(community, id, number, step.toCommand());
			return community.redirectTo("/matters/" + id + "?stepSaved#timeline");
		}, () -> stepForm(community, id, number, step, model));
	}

	/** One step on its own page: where a step comes back with errors or with what someone else changed. */
	private String stepForm(Community community, long id, int number, StepForm step, Model model) {
		var forums = meetings.forumsById(community);
		model.addAttribute("matter", matters.get(community, id));
		model.addAttribute("stepNumber", number);
		model.addAttribute("step", step);
		model.addAttribute("forumList", forumList(community));
		model.addAttribute("outcomes", AnchoringOutcome.values());
		model.addAttribute("caseOptions", cases.visible(community).stream()
			.filter(c -> c.forumId().equals(step.forumId))
			.map(c -> new Option(c.id(), forums.get(c.forumId()).label() + " " + c.numberInYear() + " " + c.title()))
			.toList());
		return "meeting/stepForm";
	}

	/** The forums whose steps the person may keep: every forum for a coordinator, their own for a secretary. */
	private List<Forum> forumList(Community community) {
		return meetings.keptForums(community).stream().sorted(Comparator.comparing(Forum::name)).toList();
	}

}
