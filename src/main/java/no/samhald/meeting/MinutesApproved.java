package no.samhald.meeting;

/** The minutes of a meeting were approved by everyone who must approve them, and are now locked. */
public record MinutesApproved(long communityId, long meetingId) {
}
