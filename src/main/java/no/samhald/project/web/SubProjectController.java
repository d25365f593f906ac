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
import org.springframework.web.bind.annotation.RequestParam;

import no.samhald.community.Community;
import no.samhald.partnership.People;
import no.samhald.platform.Access;
import no.samhald.platform.FormSubmission;
import no.samhald.project.Projects;
import no.samhald.project.SubProject;
import no.samhald.project.SubProjectDetails;
import no.samhald.project.Task;
import no.samhald.project.TaskDetails;
import no.samhald.project.TaskStatus;

/** Sub-projects and their tasks: adding them, changing a task, moving a task to another status. */
@Controller
@RequestMapping("/{community}/projects/{id}")
class SubProjectController {

	private final Projects projects;

	private final People people;

	private final Access access;

	SubProjectController(Projects projects, People people, Access access) {
		this.projects = projects;
		this.people = people;
		this.access = access;
	}

	@GetMapping("/subprojects/new")
	String newSubProject(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return subProjectForm(community, id, new SubProjectDetails(), model);
	}

	@PostMapping("/subprojects")
	String addSubProject(Community community, @PathVariable long id,
			@Valid @ModelAttribute("subProject") SubProjectDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			long subProjectId = projects.addSubProject(community.id(), community.slug(), id, details);
			return "redirect:/" + community.slug() + "/projects/" + id + "?subProjectAdded#subproject-" + subProjectId;
		}, () -> subProjectForm(community, id, details, model));
	}

	@GetMapping("/subprojects/{subProjectId}/edit")
	String editSubProject(Community community, @PathVariable long id, @PathVariable long subProjectId, Model model) {
		access.requireCoordinator(community.slug());
		SubProject subProject = projects.subProject(community.id(), id, subProjectId);
		model.addAttribute("subProjectId", subProjectId);
		return subProjectForm(community, id, SubProjectDetails.of(subProject), model);
	}

	@PostMapping("/subprojects/{subProjectId}")
	String updateSubProject(Community community, @PathVariable long id, @PathVariable long subProjectId,
			@Valid @ModelAttribute("subProject") SubProjectDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		model.addAttribute("subProjectId", subProjectId);
		return FormSubmission.save(result, () -> {
			projects.updateSubProject(community.id(), community.slug(), id, subProjectId, details);
			return "redirect:/" + community.slug() + "/projects/" + id + "?saved#subproject-" + subProjectId;
		}, () -> subProjectForm(community, id, details, model));
	}

	@GetMapping("/subprojects/{subProjectId}/tasks/new")
	String newTask(Community community, @PathVariable long id, @PathVariable long subProjectId, Model model) {
		access.requireCoordinator(community.slug());
		return taskForm(community, id, subProjectId, null, new TaskDetails(), model);
	}

	@PostMapping("/subprojects/{subProjectId}/tasks")
	String addTask(Community community, @PathVariable long id, @PathVariable long subProjectId,
			@Valid @ModelAttribute("task") TaskDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		return FormSubmission.save(result, () -> {
			long taskId = projects.addTask(community.id(), community.slug(), id, subProjectId, details);
			return "redirect:/" + community.slug() + "/projects/" + id + "?taskSaved#task-" + taskId;
		}, () -> taskForm(community, id, subProjectId, null, details, model));
	}

	@GetMapping("/tasks/{taskId}/edit")
	String editTask(Community community, @PathVariable long id, @PathVariable long taskId, Model model) {
		access.requireCoordinator(community.slug());
		Task task = projects.task(community.id(), id, taskId);
		return taskForm(community, id, task.subProjectId(), task, TaskDetails.of(task), model);
	}

	@PostMapping("/tasks/{taskId}")
	String updateTask(Community community, @PathVariable long id, @PathVariable long taskId,
			@Valid @ModelAttribute("task") TaskDetails details, BindingResult result, Model model) {
		access.requireCoordinator(community.slug());
		Task task = projects.task(community.id(), id, taskId);
		return FormSubmission.save(result, () -> {
			projects.updateTask(community.id(), community.slug(), id, taskId, details);
			return "redirect:/" + community.slug() + "/projects/" + id + "?taskSaved#task-" + taskId;
		}, () -> taskForm(community, id, task.subProjectId(), task, details, model), conflict -> {
			Task stored = projects.task(community.id(), id, taskId);
			model.addAttribute("conflict", true);
			model.addAttribute("stored", stored);
			// The next save is a deliberate overwrite of what the person has now seen.
			details.setVersion(stored.version());
			return taskForm(community, id, task.subProjectId(), task, details, model);
		});
	}

	@PostMapping("/tasks/{taskId}/status")
	String changeStatus(Community community, @PathVariable long id, @PathVariable long taskId,
			@RequestParam TaskStatus status) {
		access.requireCoordinator(community.slug());
		projects.changeTaskStatus(community.id(), community.slug(), id, taskId, status);
		return "redirect:/" + community.slug() + "/projects/" + id + "?taskSaved#task-" + taskId;
	}

	private String subProjectForm(Community community, long id, SubProjectDetails details, Model model) {
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("subProject", details);
		model.addAttribute("people", people.all(community.id()));
		return "project/subProjectForm";
	}

	private String taskForm(Community community, long id, long subProjectId, Task task, TaskDetails details,
			Model model) {
		SubProject subProject = projects.subProject(community.id(), id, subProjectId);
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("subProjectNumber", subProject.number());
		model.addAttribute("subProjectName", subProject.name());
		model.addAttribute("subProjectId", subProjectId);
		model.addAttribute("taskId", task == null ? null : task.id());
		model.addAttribute("taskNumber", task == null ? null : task.number());
		model.addAttribute("task", details);
		model.addAttribute("statuses", TaskStatus.values());
		return "project/taskForm";
	}

}
