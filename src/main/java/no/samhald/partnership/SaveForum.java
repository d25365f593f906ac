package no.samhald.partnership;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * A forum as a person saves it: created, or changed over {@code version} (the version they
 * opened; a newer stored one means someone else saved first).
 */
public record SaveForum(ForumKind kind, String name, String shortName, Long parentId, String mandate,
		String meetingFrequency, boolean requiresRepresentation, int version) {

	/** The fields in which the stored forum differs from this. */
	public List<String> fieldsChangedIn(Forum stored) {
		return ChangedFields.between(this, stored);
	}

}
