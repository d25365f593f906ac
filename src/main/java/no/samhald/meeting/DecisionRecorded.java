package no.samhald.meeting;

/** A forum decided a case; other modules (plan, project) may follow up the decision. */
public record DecisionRecorded(long communityId, long meetingId, long caseId, String caseNumber) {
}
