package no.samhald.event;

/**
 * Where a registration stands: waiting for its address to confirm it (no seat yet), a seat, a
 * place in the queue, or withdrawn.
 */
public enum RegistrationStatus {
	PENDING, REGISTERED, WAITLISTED, CANCELLED;

	/** Confirmed and not cancelled: a seat or a place in the queue. */
	public boolean isConfirmed() {
		return this == REGISTERED || this == WAITLISTED;
	}
}
