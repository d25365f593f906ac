package no.samhald.work;

/** What kind of work a task is; the order is the order of kinds among tasks due the same day. */
public enum TaskKind {
	DEVIATION_TO_ANSWER, MINUTES_TO_APPROVE, MEASURE_TO_REPORT, AGREEMENT_TO_REVIEW, PENDING_INVITATION, UPCOMING_MEETING,
	COLLECTION_TO_ANSWER, CONSULTATION_TO_ANSWER
}
