package no.samhald.agreement;

import java.time.LocalDate;

/** A newly adopted text of an agreement, as a coordinator records it. */
public record AdoptVersion(String label, LocalDate adoptedOn, String adoptedBy, String changeSummary, String text) {
}
