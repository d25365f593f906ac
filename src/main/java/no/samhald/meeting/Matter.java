package no.samhald.meeting;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A matter that is anchored (forankra) in several forums before the one that decides, such as
 * the mandate of a project; its steps are the planned route in date order.
 */
public record Matter(@Id Long id, Long communityId, String title, String description, @Version int version,
		@MappedCollection(idColumn = "matter_id", keyColumn = "position") List<AnchoringStep> steps) {
}
