package no.samhald.network;

import java.util.Set;

import no.samhald.event.Event;
import no.samhald.platform.Versioned;

/**
 * A gathering of the network: an event of the event module, its participant count as the event
 * module counts it (attended where recorded, otherwise registered), and the teams that came.
 */
public record Gathering(Event event, long participants, boolean attendanceRecorded, Set<Long> teamIds, int version)
		implements Versioned {

	public Gathering {
		teamIds = Set.copyOf(teamIds);
	}

	public int teamCount() {
		return teamIds.size();
	}

}
