package no.samhald.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.platform.NoIdentityNumber;

/** What a coordinator types to start a matter whose anchoring trail is to be followed. */
class MatterForm {

	@NotBlank
	@Size(max = 300)
	@NoIdentityNumber
	String title;

	@Size(max = 8000)
	@NoIdentityNumber
	String description;

}
