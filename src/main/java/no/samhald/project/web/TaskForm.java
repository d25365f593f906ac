package no.samhald.project.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.platform.EditForm;
import no.samhald.project.SaveTask;
import no.samhald.project.Task;
import no.samhald.project.TaskStatus;

/** What a coordinator types to add or change a task of a sub-project. */
class TaskForm implements EditForm<Task> {

	@NotBlank
	@Size(max = 500)
	String title;

	@Size(max = 4000)
	String note;

	@NotNull
	TaskStatus status = TaskStatus.NOT_STARTED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate dueDate;

	int version;

	static TaskForm of(Task task) {
		var form = new TaskForm();
		form.title = task.title();
		form.note = task.note();
		form.status = task.status();
		form.dueDate = task.dueDate();
		form.version = task.version();
		return form;
	}

	SaveTask toCommand() {
		return new SaveTask(title, note, status, dueDate, version);
	}

	@Override
	public List<String> fieldsChangedIn(Task stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
