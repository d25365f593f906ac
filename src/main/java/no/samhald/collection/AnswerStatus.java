package no.samhald.collection;

/** A draft counts nowhere; a submitted answer counts in the results and may still be corrected while open. */
public enum AnswerStatus {
	DRAFT, SUBMITTED
}
