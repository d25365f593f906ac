package no.samhald.network;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/** A team of one partner in the network, from the day it started until the day it ended (if it has). */
@Table("network_team")
public record Team(@Id Long id, Long communityId, Long partnerId, String name, LocalDate startedOn, LocalDate endedOn,
		@MappedCollection(idColumn = "team_id", keyColumn = "position") List<TeamMember> members, @Version int version)
		implements Versioned {

	public TeamStatus status() {
		return endedOn == null ? TeamStatus.ACTIVE : TeamStatus.ENDED;
	}

	/** Took part at some time in the year: started by its end and not ended before its start. */
	public boolean activeIn(int year) {
		return startedOn.getYear() <= year && (endedOn == null || endedOn.getYear() >= year);
	}

	/** The team as the public sees it: who its members are is for the community's members. */
	Team withoutMembers() {
		return new Team(id, communityId, partnerId, name, startedOn, endedOn, List.of(), version);
	}

}
