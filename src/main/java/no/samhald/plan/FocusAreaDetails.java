package no.samhald.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A focus area of a strategy as typed: its priorities one per line. */
public class FocusAreaDetails {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 8000)
	private String description;

	@Size(max = 8000)
	private String priorities;

	public static FocusAreaDetails of(FocusArea area) {
		var details = new FocusAreaDetails();
		details.title = area.title();
		details.description = area.description();
		details.priorities = area.priorities();
		return details;
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPriorities() { return priorities; }
	public void setPriorities(String priorities) { this.priorities = priorities; }

}
