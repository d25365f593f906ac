package no.samhald.deviation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.deviation.DeviationCategory;
import no.samhald.deviation.ReportDeviation;
import no.samhald.plan.PatientGroup;

/** What a health worker types to report a deviation; the service checks the rules of {@link ReportDeviation}. */
class DeviationReportForm {

	Long reportingPartnerId;

	Long receivingPartnerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate eventDate;

	DeviationCategory category;

	PatientGroup patientGroup;

	String description;

	String consequence;

	String reporterReference;

	ReportDeviation toCommand() {
		return new ReportDeviation(reportingPartnerId, receivingPartnerId, eventDate, category, patientGroup,
				description, consequence, reporterReference);
	}

}
