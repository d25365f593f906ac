package no.samhald.network;

import java.util.List;
import java.util.Set;

import no.samhald.platform.ChangedFields;

/** The teams a coordinator ticks off as having come to a gathering, over the {@code version} they opened. */
public record RecordTeams(Set<Long> teamIds, int version) {

	public RecordTeams {
		teamIds = Set.copyOf(teamIds);
	}

	/** The fields in which the stored gathering differs from this. */
	public List<String> fieldsChangedIn(Gathering stored) {
		return ChangedFields.between(this, stored);
	}

}
