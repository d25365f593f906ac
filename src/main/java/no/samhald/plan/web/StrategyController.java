package no.samhald.plan.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import no.samhald.community.Community;
import no.samhald.plan.PatientGroup;
import no.samhald.plan.Strategies;
import no.samhald.plan.Strategy;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;

/** Coordinators make and change strategies, their focus areas and their priority patient groups. */
@Controller
@RequestMapping("/{community}/plans/strategies")
record StrategyController(Strategies strategies, Access access) {

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(new StrategyForm(), null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("strategy") StrategyForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Strategy saved = strategies.create(community, form.toCommand());
			return redirectTo(community, saved.id());
		}, () -> form(form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(StrategyForm.of(strategies.get(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("strategy") StrategyForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> strategies.get(community.id(), id), () -> {
			strategies.update(community, id, form.toCommand());
			return redirectTo(community, id);
		}, () -> form(form, id, model));
	}

	@GetMapping("/{id}/focus-areas/new")
	String newFocusArea(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return focusAreaForm(community, id, null, new FocusAreaForm(), model);
	}

	@GetMapping("/{id}/focus-areas/{number}/edit")
	String editFocusArea(Community community, @PathVariable long id, @PathVariable int number, Model model) {
		access.requireCoordinator(community.slug());
		return focusAreaForm(community, id, number, FocusAreaForm.of(strategies.focusArea(community.id(), id, number)),
				model);
	}

	@PostMapping("/{id}/focus-areas")
	String addFocusArea(Community community, @PathVariable long id,
			@Valid @ModelAttribute("focusArea") FocusAreaForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			strategies.saveFocusArea(community, id, null, form.toCommand());
			return redirectTo(community, id);
		}, () -> focusAreaForm(community, id, null, form, model));
	}

	@PostMapping("/{id}/focus-areas/{number}")
	String updateFocusArea(Community community, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("focusArea") FocusAreaForm form, BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> strategies.focusArea(community.id(), id, number), () -> {
			strategies.saveFocusArea(community, id, number, form.toCommand());
			return redirectTo(community, id);
		}, () -> focusAreaForm(community, id, number, form, model));
	}

	@GetMapping("/{id}/groups/new")
	String newGroup(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return groupForm(community, id, null, new PriorityGroupForm(), model);
	}

	@GetMapping("/{id}/groups/{number}/edit")
	String editGroup(Community community, @PathVariable long id, @PathVariable int number, Model model) {
		access.requireCoordinator(community.slug());
		return groupForm(community, id, number, PriorityGroupForm.of(strategies.priorityGroup(community.id(), id, number)),
				model);
	}

	@PostMapping("/{id}/groups")
	String addGroup(Community community, @PathVariable long id,
			@Valid @ModelAttribute("priorityGroup") PriorityGroupForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			strategies.savePriorityGroup(community, id, null, form.toCommand());
			return redirectTo(community, id);
		}, () -> groupForm(community, id, null, form, model));
	}

	@PostMapping("/{id}/groups/{number}")
	String updateGroup(Community community, @PathVariable long id, @PathVariable int number,
			@Valid @ModelAttribute("priorityGroup") PriorityGroupForm form, BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> strategies.priorityGroup(community.id(), id, number),
				() -> {
					strategies.savePriorityGroup(community, id, number, form.toCommand());
					return redirectTo(community, id);
				}, () -> groupForm(community, id, number, form, model));
	}

	private static String redirectTo(Community community, long id) {
		return community.redirectTo("/plans/strategies/" + id + "?saved");
	}

	private String form(StrategyForm form, Long id, Model model) {
		model.addAttribute("strategy", form);
		model.addAttribute("strategyId", id);
		return "plan/strategyForm";
	}

	private String focusAreaForm(Community community, long id, Integer number, FocusAreaForm form, Model model) {
		model.addAttribute("owner", strategies.get(community.id(), id));
		model.addAttribute("number", number);
		model.addAttribute("focusArea", form);
		return "plan/focusAreaForm";
	}

	private String groupForm(Community community, long id, Integer number, PriorityGroupForm form, Model model) {
		model.addAttribute("owner", strategies.get(community.id(), id));
		model.addAttribute("number", number);
		model.addAttribute("priorityGroup", form);
		model.addAttribute("groups", PatientGroup.values());
		return "plan/priorityGroupForm";
	}

}
