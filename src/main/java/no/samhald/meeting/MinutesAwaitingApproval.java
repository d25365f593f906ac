package no.samhald.meeting;

/** The meeting was held: its minutes now wait for the participants who must approve them. */
public record MinutesAwaitingApproval(long communityId, long meetingId) {
}
