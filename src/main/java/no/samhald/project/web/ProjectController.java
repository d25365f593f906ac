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
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.project.Project;
import no.samhald.project.ProjectPlan;
import no.samhald.project.ProjectStatus;
import no.samhald.project.Projects;
import no.samhald.project.TaskStatus;

@Controller
@RequestMapping("/{community}/projects")
record ProjectController(Projects projects, Forums forums, Partners partners, Access access) {

	private static final String FORM = "project/form";

	@GetMapping
	String list(Community community, Model model) {
		model.addAttribute("projects", projects.all(community.id()));
		return "project/list";
	}

	@GetMapping("/{id}")
	String detail(Community community, @PathVariable long id, Model model) {
		ProjectPlan plan = projects.plan(community.id(), id);
		model.addAttribute("plan", plan);
		model.addAttribute("project", plan.project());
		model.addAttribute("timeline", TimelineChart.of(plan.project(), plan.milestones()));
		model.addAttribute("taskStatuses", TaskStatus.values());
		return "project/detail";
	}

	@GetMapping("/new")
	String newForm(Community community, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, new ProjectForm(), null, model);
	}

	@PostMapping
	String create(Community community, @Valid @ModelAttribute("project") ProjectForm form, BindingResult result,
			Model model) {
		return FormSubmission.save(result, () -> {
			Project saved = projects.create(community, form.toCommand());
			return community.redirectTo("/projects/" + saved.id() + "?saved");
		}, () -> form(community, form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return form(community, ProjectForm.of(projects.plan(community.id(), id)), id, model);
	}

	@PostMapping("/{id}")
	String update(Community community, @PathVariable long id, @Valid @ModelAttribute("project") ProjectForm form,
			BindingResult result, Model model) {
		return FormSubmission.update(result, model, form, () -> projects.plan(community.id(), id), () -> {
			projects.update(community, id, form.toCommand());
			return community.redirectTo("/projects/" + id + "?saved");
		}, () -> form(community, form, id, model));
	}

	private String form(Community community, ProjectForm form, Long id, Model model) {
		model.addAttribute("project", form);
		model.addAttribute("projectId", id);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("forums", forums.all(community.id()));
		model.addAttribute("partners", partners.all(community.id()));
		return FORM;
	}

}
