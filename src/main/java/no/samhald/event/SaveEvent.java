package no.samhald.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * An event as a coordinator saves it: announced, or changed over {@code version} (the version
 * they opened; a newer stored one means someone else saved first).
 */
public record SaveEvent(EventKind kind, String title, String description, LocalDateTime startsAt,
		LocalDateTime endsAt, String place, Integer capacity, LocalDate registrationDeadline, int version) {

	/** The fields in which the stored event differs from this. */
	public List<String> fieldsChangedIn(Event stored) {
		return ChangedFields.between(this, stored);
	}

}
