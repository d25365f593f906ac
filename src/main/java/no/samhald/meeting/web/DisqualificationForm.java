package no.samhald.meeting.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.platform.NoIdentityNumber;

/** A participant who is disqualified (ugild) for a case and why; {@code clear} lifts it again. */
class DisqualificationForm {

	@NotNull
	Long personId;

	@Size(max = 1000)
	@NoIdentityNumber
	String reason;

	boolean clear;

}
