package no.samhald.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.plan.MeasureStatus;
import no.samhald.plan.ReportStatus;
import no.samhald.platform.NoIdentityNumber;

/** A status report that the measure's owner or a coordinator adds to a measure. */
class StatusUpdateForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate statusDate;

	@NotNull
	MeasureStatus status;

	@Size(max = 4000)
	@NoIdentityNumber
	String comment;

	ReportStatus toCommand() {
		return new ReportStatus(statusDate, status, comment);
	}

}
