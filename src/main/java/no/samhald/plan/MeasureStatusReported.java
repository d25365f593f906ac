package no.samhald.plan;

import java.time.LocalDate;

/** A dated status was reported on a measure. */
public record MeasureStatusReported(long communityId, long measureId, MeasureStatus status, LocalDate statusDate) {
}
