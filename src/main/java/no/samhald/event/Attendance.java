package no.samhald.event;

import java.time.Instant;
import java.util.Set;

import no.samhald.platform.Versioned;

/**
 * Who came to an event: the registrations ticked off and the number who came without registering.
 * Version 0 and no time means nothing is recorded yet.
 */
public record Attendance(long eventId, Set<Long> attended, int walkIns, Instant recordedAt, int version)
		implements Versioned {

	static Attendance none(long eventId) {
		return new Attendance(eventId, Set.of(), 0, null, 0);
	}

	public boolean isRecorded() {
		return recordedAt != null;
	}

	public int total() {
		return attended.size() + walkIns;
	}

}
