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
import no.samhald.project.SubProjects;
import no.samhald.project.SubProject;
import no.samhald.project.Task;
import no.samhald.project.TaskStatus;

/** Sub-projects and their tasks: adding them, changing a task, moving a task to another status. */
@Controller
@RequestMapping("/{community}/projects/{id}")
record SubProjectController(Projects projects, SubProjects subProjects, People people, Access access) {

	@GetMapping("/subprojects/new")
	String newSubProject(Community community, @PathVariable long id, Model model) {
		access.requireCoordinator(community.slug());
		return subProjectForm(community, id, new SubProjectForm(), model);
	}

	@PostMapping("/subprojects")
	String addSubProject(Community community, @PathVariable long id,
			@Valid @ModelAttribute("subProject") SubProjectForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			long subProjectId = subProjects.addSubProject(community, id, form.toCommand());
			return community.redirectTo("/projects/" + id + "?subProjectAdded#subproject-" + subProjectId);
		}, () -> subProjectForm(community, id, form, model));
	}

	@GetMapping("/subprojects/{subProjectId}/edit")
	String editSubProject(Community community, @PathVariable long id, @PathVariable long subProjectId, Model model) {
		access.requireCoordinator(community.slug());
		SubProject subProject = subProjects.subProject(community.id(), id, subProjectId);
		model.addAttribute("subProjectId", subProjectId);
		return subProjectForm(community, id, SubProjectForm.of(subProject), model);
	}

	@PostMapping("/subprojects/{subProjectId}")
	String updateSubProject(Community community, @PathVariable long id, @PathVariable long subProjectId,
			@Valid @ModelAttribute("subProject") SubProjectForm form, BindingResult result, Model model) {
		model.addAttribute("subProjectId", subProjectId);
		return FormSubmission.update(result, model, form, () -> subProjects.subProject(community.id(), id, subProjectId),
				() -> {
					subProjects.updateSubProject(community, id, subProjectId, form.toCommand());
					return community.redirectTo("/projects/" + id + "?saved#subproject-" + subProjectId);
				}, () -> subProjectForm(community, id, form, model));
	}

	@GetMapping("/subprojects/{subProjectId}/tasks/new")
	String newTask(Community community, @PathVariable long id, @PathVariable long subProjectId, Model model) {
		access.requireCoordinator(community.slug());
		return taskForm(community, id, subProjectId, null, new TaskForm(), model);
	}

	@PostMapping("/subprojects/{subProjectId}/tasks")
	String addTask(Community community, @PathVariable long id, @PathVariable long subProjectId,
			@Valid @ModelAttribute("task") TaskForm form, BindingResult result, Model model) {
		return FormSubmission.save(result, () -> {
			long taskId = subProjects.addTask(community, id, subProjectId, form.toCommand());
			return community.redirectTo("/projects/" + id + "?taskSaved#task-" + taskId);
		}, () -> taskForm(community, id, subProjectId, null, form, model));
	}

	@GetMapping("/tasks/{taskId}/edit")
	String editTask(Community community, @PathVariable long id, @PathVariable long taskId, Model model) {
		access.requireCoordinator(community.slug());
		Task task = subProjects.task(community.id(), id, taskId);
		return taskForm(community, id, task.subProjectId(), task, TaskForm.of(task), model);
	}

	@PostMapping("/tasks/{taskId}")
	String updateTask(Community community, @PathVariable long id, @PathVariable long taskId,
			@Valid @ModelAttribute("task") TaskForm form, BindingResult result, Model model) {
		Task task = subProjects.task(community.id(), id, taskId);
		return FormSubmission.update(result, model, form, () -> subProjects.task(community.id(), id, taskId), () -> {
			subProjects.updateTask(community, id, taskId, form.toCommand());
			return community.redirectTo("/projects/" + id + "?taskSaved#task-" + taskId);
		}, () -> taskForm(community, id, task.subProjectId(), task, form, model));
	}

	@PostMapping("/tasks/{taskId}/status")
	String changeStatus(Community community, @PathVariable long id, @PathVariable long taskId,
			@RequestParam TaskStatus status) {
		subProjects.changeTaskStatus(community, id, taskId, status);
		return community.redirectTo("/projects/" + id + "?taskSaved#task-" + taskId);
	}

	private String subProjectForm(Community community, long id, SubProjectForm form, Model model) {
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("subProject", form);
		model.addAttribute("people", people.all(community.id()));
		return "project/subProjectForm";
	}

	private String taskForm(Community community, long id, long subProjectId, Task task, TaskForm form, Model model) {
		SubProject subProject = subProjects.subProject(community.id(), id, subProjectId);
		model.addAttribute("project", projects.get(community.id(), id));
		model.addAttribute("subProjectNumber", subProject.number());
		model.addAttribute("subProjectName", subProject.name());
		model.addAttribute("subProjectId", subProjectId);
		model.addAttribute("taskId", task == null ? null : task.id());
		model.addAttribute("taskNumber", task == null ? null : task.number());
		model.addAttribute("task", form);
		model.addAttribute("statuses", TaskStatus.values());
		return "project/taskForm";
	}

}
