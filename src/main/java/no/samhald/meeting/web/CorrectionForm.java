package no.samhald.meeting.web;

import jakarta.validation.constraints.Size;

import no.samhald.platform.NoIdentityNumber;

/** A correction of approved minutes, for the whole minutes or for one case on the agenda. */
class CorrectionForm {

	Long caseId;

	@Size(max = 4000)
	@NoIdentityNumber
	String text;

}
