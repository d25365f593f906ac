package no.samhald.meeting;

/** Vedtakssak, drøftingssak, orienteringssak. Only a decision case gets a decision. */
public enum CaseType {
	DECISION, DISCUSSION, INFORMATION
}
