package no.samhald.agreement;

import java.time.LocalDate;

/** The adoption of a draft: when, by whom, in which case (optional) and what changed; {@code version} as seen. */
public record AdoptDraft(LocalDate adoptedOn, String adoptedBy, String changeSummary, Long caseId, int version) {
}
