package no.samhald.project.web;

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
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.project.ProjectPlan;
import no.samhald.project.Projects;

@Controller
@RequestMapping("/{community}/projects/{id}/budget")
record BudgetController(Projects projects, Partners partners, Access access) {

	@GetMapping
	String form(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, id, BudgetForm.of(projects.plan(community.id(), id)).withRoomToAdd(2), model);
	}

	@PostMapping
	String save(Community community, @PathVariable long id, @Valid @ModelAttribute("budget") BudgetForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> storedBudget(community, id, model), () -> {
			projects.saveBudget(community, id, form.toCommand());
			return community.redirectTo("/projects/" + id + "?budgetSaved#budget");
		}, () -> form(community, id, form, model));
	}

	/** The stored budget, whose totals the conflict message names beside what changed. */
	private ProjectPlan storedBudget(Community community, long id, Model model) {
		ProjectPlan stored = projects.plan(community.id(), id);
		model.addAttribute("storedBudget", stored.budget());
		return stored;
	}

	private String form(Community community, long id, BudgetForm form, Model model) {
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("budget", form);
		model.addAttribute("partners", partners.all(community.id()));
		return "project/budget";
	}

}
