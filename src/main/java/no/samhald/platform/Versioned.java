package no.samhald.platform;

/** A stored thing whose version guards against lost updates (optimistic locking). */
public interface Versioned {

	int version();

}
