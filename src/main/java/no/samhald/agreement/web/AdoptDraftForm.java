package no.samhald.agreement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.agreement.AdoptDraft;

/** The adoption of a draft: when, by whom, the case and what changed; the version the coordinator saw. */
record AdoptDraftForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
		@Size(max = 300) String adoptedBy, @Size(max = 4000) String changeSummary, Long caseId, int version) {

	/** A blank adoption today of the draft as it is now. */
	static AdoptDraftForm of(LocalDate day, int version) {
		return new AdoptDraftForm(day, null, null, null, version);
	}

	AdoptDraft toCommand() {
		return new AdoptDraft(adoptedOn, adoptedBy, changeSummary, caseId, version);
	}

}
