package no.samhald.deviation;

/** Where a report is in its handling: motteke, under handsaming, svara, lukka. */
public enum DeviationStatus {
	RECEIVED, IN_PROGRESS, ANSWERED, CLOSED;

	/** Still waiting for the receiver's answer, so the deadline applies. */
	public boolean awaitsAnswer() {
		return this == RECEIVED || this == IN_PROGRESS;
	}
}
