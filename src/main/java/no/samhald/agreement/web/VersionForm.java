package no.samhald.agreement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.agreement.AdoptVersion;

/** What a coordinator types to record a newly adopted text of an agreement. */
class VersionForm {

	@NotBlank
	@Size(max = 40)
	private String label;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adoptedOn;

	@Size(max = 300)
	private String adoptedBy;

	@Size(max = 4000)
	private String changeSummary;

	@Size(max = 200000)
	private String text;

	private Long caseId;

	AdoptVersion toCommand() {
		return new AdoptVersion(label, adoptedOn, adoptedBy, changeSummary, text, caseId);
	}

	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public LocalDate getAdoptedOn() { return adoptedOn; }
	public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
	public String getAdoptedBy() { return adoptedBy; }
	public void setAdoptedBy(String adoptedBy) { this.adoptedBy = adoptedBy; }
	public String getChangeSummary() { return changeSummary; }
	public void setChangeSummary(String changeSummary) { this.changeSummary = changeSummary; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public Long getCaseId() { return caseId; }
	public void setCaseId(Long caseId) { this.caseId = caseId; }

}
