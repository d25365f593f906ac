package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/** A measure as a coordinator saves it: created, or changed over {@code version}. */
public record SaveMeasure(Long areaId, String title, String description, PatientGroup patientGroup, Long forumId,
		Long ownerId, MeasureStatus status, String target, LocalDate startDate, LocalDate dueDate, int version) {

	/** The fields in which the stored measure differs from this. */
	public List<String> fieldsChangedIn(Measure stored) {
		return new ChangedFields().compare("areaId", areaId, stored.areaId())
			.compare("title", title, stored.title())
			.compare("description", description, stored.description())
			.compare("patientGroup", patientGroup, stored.patientGroup())
			.compare("forumId", forumId, stored.forumId())
			.compare("ownerId", ownerId, stored.ownerId())
			.compare("status", status, stored.status())
			.compare("target", target, stored.target())
			.compare("startDate", startDate, stored.startDate())
			.compare("dueDate", dueDate, stored.dueDate())
			.list();
	}

}
