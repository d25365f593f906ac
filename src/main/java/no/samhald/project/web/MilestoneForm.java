package no.samhald.project.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.project.AddMilestone;

/** What a coordinator types to put a milestone on the timeline. */
class MilestoneForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@Size(max = 4000)
	private String note;

	AddMilestone toCommand() {
		return new AddMilestone(title, day, note);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getDay() { return day; }
	public void setDay(LocalDate day) { this.day = day; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }

}
