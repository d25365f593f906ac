package no.samhald.meeting;

/**
 * The notice of a meeting went out ({@code SENT}), the time, place or title of a meeting whose
 * notice was sent changed ({@code UPDATED}), or the notice was withdrawn ({@code WITHDRAWN}) by
 * cancelling the meeting or moving it back to planned: the participants' calendars should follow.
 */
public record MeetingNoticeChanged(long communityId, long meetingId, Change change) {

	public enum Change {
		SENT, UPDATED, WITHDRAWN
	}

}
