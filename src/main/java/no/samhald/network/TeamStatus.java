package no.samhald.network;

/** Whether a team still takes part: it has ended once it has an end date. */
public enum TeamStatus {
	ACTIVE, ENDED
}
