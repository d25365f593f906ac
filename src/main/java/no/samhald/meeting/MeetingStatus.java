package no.samhald.meeting;

/** Where a meeting is in its life: planlagt, innkalla, gjennomført, protokoll godkjend. */
public enum MeetingStatus {
	PLANNED, NOTICE_SENT, HELD, MINUTES_APPROVED
}
