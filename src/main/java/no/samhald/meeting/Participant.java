package no.samhald.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.partnership.Member;
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

	/**
	 * The forum's members today, each person once (with their highest role); the chair and the
	 * deputy chair approve the minutes unless changed.
	 */
	static List<Participant> fromMembers(List<Member> members) {
		return members.stream()
			.sorted(Comparator.comparing((Member m) -> m.membership().role()))
			.map(m -> new Participant(m.person().id(), m.membership().role(), null, null,
					m.membership().role() == MembershipRole.LEADER || m.membership().role() == MembershipRole.DEPUTY_LEADER,
					null))
			.collect(Collectors.toMap(Participant::personId, Function.identity(), (first, second) -> first,
					LinkedHashMap::new))
			.values().stream().toList();
	}


}
