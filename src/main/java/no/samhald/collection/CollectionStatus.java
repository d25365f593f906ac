package no.samhald.collection;

/** Open: partners answer and correct. Closed: the answers stand as they are. */
public enum CollectionStatus {
	OPEN, CLOSED
}
