package no.samhald.agreement.web;

import jakarta.validation.constraints.NotNull;

import no.samhald.agreement.ImplementationStatus;
import no.samhald.agreement.RecordImplementation;

/** One row of the implementation table: a partner's status and note, over the version the partner's contact or coordinator saw. */
class ImplementationForm {

	@NotNull
	private ImplementationStatus status;

	private String note;

	private int version;

	RecordImplementation toCommand() {
		return new RecordImplementation(status, note, version);
	}

	public ImplementationStatus getStatus() { return status; }
	public void setStatus(ImplementationStatus status) { this.status = status; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
