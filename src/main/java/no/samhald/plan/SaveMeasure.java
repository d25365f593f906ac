package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/** A measure as a coordinator saves it: created, or changed over {@code version}. */
public record SaveMeasure(Long areaId, String title, String description, PatientGroup patientGroup, Long forumId,
		Long ownerId, MeasureStatus status, String target, LocalDate startDate, LocalDate dueDate, int version) {

	/** The fields in which the stored measure differs from this. */
	public List<String> fieldsChangedIn(Measure stored) {
		return ChangedFields.between(this, stored);
	}

}
