package no.samhald.meeting.web;

import jakarta.validation.constraints.Size;

import no.samhald.platform.NoIdentityNumber;

/** A correction of approved minutes, for the whole minutes or for one case on the agenda. */
class CorrectionForm {

	private Long caseId;

	@Size(max = 4000)
	@NoIdentityNumber
	private String text;

	public Long getCaseId() { return caseId; }
	public void setCaseId(Long caseId) { this.caseId = caseId; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }

}
