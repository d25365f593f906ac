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
	String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate day;

	@Size(max = 4000)
	String note;

	AddMilestone toCommand() {
		return new AddMilestone(title, day, note);
	}

}
