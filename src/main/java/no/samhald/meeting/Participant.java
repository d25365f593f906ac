package no.samhald.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.partnership.MembershipRole;

/**
 * A person called to a meeting, taken from the forum's members, with the attendance recorded
 * at the meeting and, for those who must approve the minutes, when they approved.
 */
@Table("meeting_participant")
public record Participant(Long personId, MembershipRole role, Attendance attendance, String substituteName,
		boolean mustApprove, Instant approvedAt) {

	/** The day of approval in Norwegian time, or null. */
	public LocalDate approvedOn() {
		return approvedAt == null ? null : approvedAt.atZone(Meeting.NORWAY).toLocalDate();
	}

	public boolean hasApproved() {
		return approvedAt != null;
	}

	Participant withAttendance(Attendance attendance, String substituteName, boolean mustApprove) {
		return new Participant(personId, role, attendance, substituteName, mustApprove, approvedAt);
	}

	Participant approvedAt(Instant at) {
		return new Participant(personId, role, attendance, substituteName, mustApprove, at);
	}

}
