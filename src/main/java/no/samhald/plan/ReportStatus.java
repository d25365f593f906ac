package no.samhald.plan;

import java.time.LocalDate;

/** A dated status report that the measure's owner or a coordinator adds to a measure. */
public record ReportStatus(LocalDate statusDate, MeasureStatus status, String comment) {
}
