package no.samhald.partnership;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/**
 * A forum of a community: committee, network or working group, with its place in the structure
 * ({@code parentId}), mandate and meeting frequency. {@code requiresRepresentation} is the seeds'
 * rule that users and GPs take part on every level; a forum can be exempted (the user committee
 * itself, a short-lived working group).
 */
public record Forum(@Id Long id, Long communityId, ForumKind kind, String name, String shortName, Long parentId,
		String mandate, String meetingFrequency, boolean requiresRepresentation, @Version int version)
		implements Versioned {

	/** The short name where there is one ("SSU"), else the name. */
	public String label() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}

}
