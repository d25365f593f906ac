package no.samhald.plan;

/** Where a measure stands. Completed and discontinued measures are closed; the rest are carried over. */
public enum MeasureStatus {

	NOT_STARTED, PLANNED, IN_PROGRESS, COMPLETED, DISCONTINUED;

	/** Open measures go on into the next action plan ("blir med videre"). */
	public boolean isOpen() {
		return this != COMPLETED && this != DISCONTINUED;
	}

}
