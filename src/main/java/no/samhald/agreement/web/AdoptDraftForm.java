package no.samhald.agreement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.agreement.AdoptDraft;

/** The adoption of a draft: when, by whom, the case and what changed; the version the coordinator saw. */
class AdoptDraftForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adoptedOn;

	@Size(max = 300)
	private String adoptedBy;

	@Size(max = 4000)
	private String changeSummary;

	private Long caseId;

	private int version;

	AdoptDraft toCommand() {
		return new AdoptDraft(adoptedOn, adoptedBy, changeSummary, caseId, version);
	}

	public LocalDate getAdoptedOn() { return adoptedOn; }
	public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
	public String getAdoptedBy() { return adoptedBy; }
	public void setAdoptedBy(String adoptedBy) { this.adoptedBy = adoptedBy; }
	public String getChangeSummary() { return changeSummary; }
	public void setChangeSummary(String changeSummary) { this.changeSummary = changeSummary; }
	public Long getCaseId() { return caseId; }
	public void setCaseId(Long caseId) { this.caseId = caseId; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
