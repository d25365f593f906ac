package no.samhald.deviation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.deviation.DeviationCategory;
import no.samhald.deviation.ReportDeviation;
import no.samhald.plan.PatientGroup;

/** What a health worker types to report a deviation; the service checks the rules of {@link ReportDeviation}. */
class DeviationReportForm {

	private Long reportingPartnerId;

	private Long receivingPartnerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate eventDate;

	private DeviationCategory category;

	private PatientGroup patientGroup;

	private String description;

	private String consequence;

	private String reporterReference;

	ReportDeviation toCommand() {
		return new ReportDeviation(reportingPartnerId, receivingPartnerId, eventDate, category, patientGroup,
				description, consequence, reporterReference);
	}

	public Long getReportingPartnerId() { return reportingPartnerId; }
	public void setReportingPartnerId(Long reportingPartnerId) { this.reportingPartnerId = reportingPartnerId; }
	public Long getReceivingPartnerId() { return receivingPartnerId; }
	public void setReceivingPartnerId(Long receivingPartnerId) { this.receivingPartnerId = receivingPartnerId; }
	public LocalDate getEventDate() { return eventDate; }
	public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
	public DeviationCategory getCategory() { return category; }
	public void setCategory(DeviationCategory category) { this.category = category; }
	public PatientGroup getPatientGroup() { return patientGroup; }
	public void setPatientGroup(PatientGroup patientGroup) { this.patientGroup = patientGroup; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getConsequence() { return consequence; }
	public void setConsequence(String consequence) { this.consequence = consequence; }
	public String getReporterReference() { return reporterReference; }
	public void setReporterReference(String reporterReference) { this.reporterReference = reporterReference; }

}
