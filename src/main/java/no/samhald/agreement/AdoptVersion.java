package no.samhald.agreement;

import java.time.LocalDate;

/** A newly adopted text of an agreement, as a coordinator records it; {@code caseId} is the adopting case, if any. */
public record AdoptVersion(String label, LocalDate adoptedOn, String adoptedBy, String changeSummary, String text,
		Long caseId) {
}
