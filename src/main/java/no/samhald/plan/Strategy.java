package no.samhald.plan;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import no.samhald.platform.Versioned;

/** A community's strategy for a period of years, with its focus areas and priority patient groups. */
public record Strategy(@Id Long id, Long communityId, String title, int firstYear, int lastYear, String summary,
		@MappedCollection(idColumn = "strategy_id", keyColumn = "position") List<FocusArea> focusAreas,
		@MappedCollection(idColumn = "strategy_id", keyColumn = "position") List<PriorityGroup> priorityGroups,
		@Version int version) implements Versioned {

	/** "2025–2028". */
	public String period() {
		return firstYear + "–" + lastYear;
	}

}
