package no.samhald.meeting;

/** Where a meeting is in its life: planlagt, innkalla, gjennomført, protokoll godkjend; or avlyst. */
public enum MeetingStatus {
	PLANNED, NOTICE_SENT, HELD, MINUTES_APPROVED, CANCELLED
}
