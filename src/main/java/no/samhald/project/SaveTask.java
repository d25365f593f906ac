package no.samhald.project;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/** A task of a sub-project as saved: added, or changed over {@code version}. */
public record SaveTask(String title, String note, TaskStatus status, LocalDate dueDate, int version) {

	/** The fields in which the stored task differs from this. */
	public List<String> fieldsChangedIn(Task stored) {
		return ChangedFields.between(this, stored);
	}

}
