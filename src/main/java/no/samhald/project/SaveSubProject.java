package no.samhald.project;

import java.util.Arrays;
import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * A sub-project as saved, its deliverables one per line: added, or changed over {@code version}.
 * The leader is a person of the community or, without one, a name.
 */
public record SaveSubProject(String name, String description, Long leaderPersonId, String leaderName,
		String deliverables, int version) {

	/** The fields in which the stored sub-project differs from this. */
	public List<String> fieldsChangedIn(SubProject stored) {
		return new ChangedFields().compare("name", name, stored.name())
			.compare("description", description, stored.description())
			.compare("leaderPersonId", leaderPersonId, stored.leaderPersonId())
			.compare("leaderName", leaderPersonId == null ? leaderName : null,
					stored.leaderPersonId() == null ? stored.leaderName() : null)
			.compare("deliverables", deliverableList(), stored.deliverables())
			.list();
	}

	List<String> deliverableList() {
		return deliverables == null ? List.of()
				: Arrays.stream(deliverables.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
