package no.samhald.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the system tells participants of a meeting: when and where, the agenda by the cases'
 * public titles (an exempt case's real title stays out of e-mail), and who is called.
 */
public record MeetingSummary(long id, long communityId, String forumName, String title, LocalDateTime startsAt,
		LocalDateTime endsAt, String place, String videoLink, MeetingStatus status, List<String> agenda,
		List<Invitee> invitees) {

	/** The meeting's title, or the forum's name when it has none. */
	public String heading() {
		return title == null || title.isBlank() ? forumName : title;
	}

	/** Those who must approve the minutes and have not yet. */
	public List<Invitee> pendingApprovers() {
		return invitees.stream().filter(i -> i.mustApprove() && !i.approved()).toList();
	}

	/** A participant with the e-mail of their person record (may be null). */
	public record Invitee(long personId, String name, String email, boolean mustApprove,
			boolean approved) {
	}

}
