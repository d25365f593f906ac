package no.samhald.costsplit;

/** What the amount is split by: population on 1 January of a year, equal parts, or a fixed key per partner. */
public enum SplitBasis {
	POPULATION, EQUAL, FIXED_KEY
}
