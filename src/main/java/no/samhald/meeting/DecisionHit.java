package no.samhald.meeting;

import java.time.LocalDate;

/** One decision found in the decision log. */
public record DecisionHit(long caseId, long meetingId, long forumId, String caseNumber, String title,
		String decision, LocalDate meetingDate) {
}
