package no.samhald.meeting;

/** What the secretary records for one participant at the meeting. */
public record AttendanceEntry(long personId, Attendance attendance, String substituteName, boolean mustApprove) {
}
