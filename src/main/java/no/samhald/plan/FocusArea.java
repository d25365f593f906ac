package no.samhald.plan;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

/** An innsatsområde of a strategy; its priorities are kept one per line, as the bullets of the document. */
@Table("strategy_focus_area")
public record FocusArea(Long communityId, String title, String description, String priorities) {

	public List<String> priorityList() {
		return Arrays.stream(priorities.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
