package no.samhald.agreement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.agreement.AdoptVersion;

/** What a coordinator types to record a newly adopted text of an agreement. */
record VersionForm(@NotBlank @Size(max = 40) String label,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
		@Size(max = 300) String adoptedBy, @Size(max = 4000) String changeSummary, @Size(max = 200000) String text,
		Long caseId) {

	/** A blank form adopted today. */
	static VersionForm adoptedOn(LocalDate day) {
		return new VersionForm(null, day, null, null, null, null);
	}

	AdoptVersion toCommand() {
		return new AdoptVersion(label, adoptedOn, adoptedBy, changeSummary, text, caseId);
	}

}
