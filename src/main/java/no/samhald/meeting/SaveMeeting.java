package no.samhald.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * A meeting as a coordinator plans or changes it: changed over {@code version} (the version they
 * opened; a newer stored one means someone else saved first).
 */
public record SaveMeeting(Long forumId, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
		String place, String videoLink, boolean publicMeeting, int version) {

	/** The fields in which the stored meeting differs from this. */
	public List<String> fieldsChangedIn(Meeting stored) {
		return new ChangedFields().compare("forumId", forumId, stored.forumId())
			.compare("title", title, stored.title())
			.compare("date", date, stored.startsAt().toLocalDate())
			.compare("startTime", startTime, stored.startsAt().toLocalTime())
			.compare("endTime", endTime, stored.endsAt().toLocalTime())
			.compare("place", place, stored.place())
			.compare("videoLink", videoLink, stored.videoLink())
			.compare("publicMeeting", publicMeeting, stored.publicMeeting())
			.list();
	}

	LocalDateTime startsAt() {
		return date.atTime(startTime);
	}

	LocalDateTime endsAt() {
		return date.atTime(endTime);
	}

}
