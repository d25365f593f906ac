package no.samhald.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import no.samhald.partnership.Forum;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.Text;

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

	/**
	 * Refuses details that cannot make a meeting, naming every field at fault at once: the forum
	 * must be one of the community's ({@code forumsOfCommunity}), the times must run forwards and a
	 * video link must be https.
	 */
	void check(List<Forum> forumsOfCommunity) {
		var problems = new ArrayList<FieldProblem>();
		if (forumId == null) {
			problems.add(new FieldProblem("forumId", "validation.required"));
		}
		else if (forumsOfCommunity.stream().noneMatch(f -> f.id().equals(forumId))) {
			problems.add(new FieldProblem("forumId", "validation.unknown"));
		}
		if (date == null) {
			problems.add(new FieldProblem("date", "validation.required"));
		}
		if (startTime == null) {
			problems.add(new FieldProblem("startTime", "validation.required"));
		}
		if (endTime == null) {
			problems.add(new FieldProblem("endTime", "validation.required"));
		}
		else if (startTime != null && !endTime.isAfter(startTime)) {
			problems.add(new FieldProblem("endTime", "meeting.endTime.beforeStart"));
		}
		String link = Text.strippedOrNull(videoLink);
		if (link != null && !link.matches("(?i)https://\\S+")) {
			problems.add(new FieldProblem("videoLink", "meeting.videoLink.https"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	LocalDateTime startsAt() {
		return date.atTime(startTime);
	}

	LocalDateTime endsAt() {
		return date.atTime(endTime);
	}

}
