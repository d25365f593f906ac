package no.samhald.event;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/** A gathering of a community. Without a capacity there is no limit; registration closes after the deadline day. */
public record Event(@Id Long id, Long communityId, EventKind kind, String title, String description,
		LocalDateTime startsAt, LocalDateTime endsAt, String place, Integer capacity, LocalDate registrationDeadline,
		@Version int version)
		implements Versioned {

	public boolean isOpenOn(LocalDate day) {
		return registrationDeadline == null || !day.isAfter(registrationDeadline);
	}

}
