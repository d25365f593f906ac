package no.samhald.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import no.samhald.platform.Versioned;

/**
 * A meeting of one forum: when and where, its status, whether the public may see it, the free
 * text of the minutes beside the decisions, and its participants. Times are local Norwegian time.
 */
public record Meeting(@Id Long id, Long communityId, Long forumId, String title, LocalDateTime startsAt,
		LocalDateTime endsAt, String place, String videoLink, MeetingStatus status, boolean publicMeeting,
		String minutesNotes, Instant minutesApprovedAt, @Version int version,
		@MappedCollection(idColumn = "meeting_id", keyColumn = "position") List<Participant> participants) implements Versioned {

	static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	/** The day the minutes were approved in Norwegian time, or null. */
	public LocalDate minutesApprovedOn() {
		return minutesApprovedAt == null ? null : minutesApprovedAt.atZone(NORWAY).toLocalDate();
	}

	/** Approved minutes are locked: later changes are corrections beside them. */
	public boolean isLocked() {
		return status == MeetingStatus.MINUTES_APPROVED;
	}

	/** A cancelled meeting stays, shown as cancelled, but is no longer upcoming. */
	public boolean isCancelled() {
		return status == MeetingStatus.CANCELLED;
	}

	public Optional<Participant> participant(long personId) {
		return participants.stream().filter(p -> p.personId() == personId).findFirst();
	}

	public List<Participant> approvers() {
		return participants.stream().filter(Participant::mustApprove).toList();
	}

	Meeting with(MeetingStatus status, List<Participant> participants, String minutesNotes, Instant approvedAt) {
		return new Meeting(id, communityId, forumId, title, startsAt, endsAt, place, videoLink, status, publicMeeting,
				minutesNotes, approvedAt, version, participants);
	}

}
