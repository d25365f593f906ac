package no.samhald.meeting;

/** Whether a participant was at the meeting: til stades, fråverande, vara møtte. */
public enum Attendance {
	PRESENT, ABSENT, SUBSTITUTE
}
