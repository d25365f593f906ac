package no.samhald.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A dated status report on a measure; kept forever, so the measure's history can be read back. */
@Table("measure_status_update")
public record StatusUpdate(@Id Long id, Long communityId, Long measureId, LocalDate statusDate, MeasureStatus status,
		String comment, String recordedBy, Instant recordedAt) {
}
