package no.samhald.event;

/** Where a registration stands: a seat, a place in the queue, or withdrawn. */
public enum RegistrationStatus {
	REGISTERED, WAITLISTED, CANCELLED
}
