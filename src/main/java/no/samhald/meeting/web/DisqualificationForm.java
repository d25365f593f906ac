package no.samhald.meeting.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.platform.NoIdentityNumber;

/** A participant who is disqualified (ugild) for a case and why; {@code clear} lifts it again. */
class DisqualificationForm {

	@NotNull
	private Long personId;

	@Size(max = 1000)
	@NoIdentityNumber
	private String reason;

	private boolean clear;

	public Long getPersonId() { return personId; }
	public void setPersonId(Long personId) { this.personId = personId; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public boolean isClear() { return clear; }
	public void setClear(boolean clear) { this.clear = clear; }

}
