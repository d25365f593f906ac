package no.samhald.meeting;

/** What came of one step on the anchoring trail: planlagt, drøfta, tilrådd, vedteke, avvist. */
public enum AnchoringOutcome {
	PLANNED, DISCUSSED, RECOMMENDED, ADOPTED, REJECTED
}
