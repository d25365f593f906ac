package no.samhald.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a coordinator types to add or change a task of a sub-project. */
public class TaskDetails {

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 4000)
	private String note;

	@NotNull
	private TaskStatus status = TaskStatus.NOT_STARTED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private int version;

	public static TaskDetails of(Task task) {
		var details = new TaskDetails();
		details.title = task.title();
		details.note = task.note();
		details.status = task.status();
		details.dueDate = task.dueDate();
		details.version = task.version();
		return details;
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public TaskStatus getStatus() { return status; }
	public void setStatus(TaskStatus status) { this.status = status; }
	public LocalDate getDueDate() { return dueDate; }
	public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
