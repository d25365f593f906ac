package no.samhald.deviation;

import java.time.LocalDate;

import no.samhald.plan.PatientGroup;

/**
 * A deviation as a health worker reports it; also the JSON body of the API. The rules are checked
 * by {@link Deviations#report}, all at once, so a form or API client hears of every problem together.
 */
public record ReportDeviation(Long reportingPartnerId, Long receivingPartnerId, LocalDate eventDate,
		DeviationCategory category, PatientGroup patientGroup, String description, String consequence,
		String reporterReference) {
}
