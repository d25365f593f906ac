package no.samhald.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.platform.NoIdentityNumber;

/** What a coordinator types to start a matter whose anchoring trail is to be followed. */
class MatterForm {

	@NotBlank
	@Size(max = 300)
	@NoIdentityNumber
	private String title;

	@Size(max = 8000)
	@NoIdentityNumber
	private String description;

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }

}
