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
import no.samhald.project.BudgetDetails;
import no.samhald.project.ProjectPlan;
import no.samhald.project.Projects;

@Controller
@RequestMapping("/{community}/projects/{id}/budget")
class BudgetController {

	private final Projects projects;

	private final Partners partners;

	private final Access access;

	BudgetController(Projects projects, Partners partners, Access access) {
		this.projects = projects;
		this.partners = partners;
		this.access = access;
	}

	@GetMapping
	String form(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		ProjectPlan plan = projects.plan(community.id(), id);
		return form(community, id, BudgetDetails.of(plan.project(), plan.budget()).withRoomToAdd(2), model);
	}

	@PostMapping
	String save(Community community, @PathVariable long id, @Valid @ModelAttribute("budget") BudgetDetails details,
			BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			projects.saveBudget(community.id(), community.slug(), id, details);
			return "redirect:/" + community.slug() + "/projects/" + id + "?budgetSaved#budget";
		}, () -> form(community, id, details, model), conflict -> {
			ProjectPlan stored = projects.plan(community.id(), id);
			model.addAttribute("conflict", true);
			model.addAttribute("storedBudget", stored.budget());
			// The next save is a deliberate overwrite of what the person has now seen.
			details.setVersion(stored.project().version());
			return form(community, id, details, model);
		});
	}

	private String form(Community community, long id, BudgetDetails details, Model model) {
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("budget", details);
		model.addAttribute("partners", partners.all(community.id()));
		return "project/budget";
	}

}
