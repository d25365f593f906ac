package no.samhald.plan;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * An innsatsområde of a strategy; its priorities are kept one per line, as the bullets of the
 * document. Its own {@code version} lets two people edit different focus areas of one strategy,
 * while a stale edit of the same one is refused. It is addressed by its {@code number}, given
 * when it is added and never changed, not by its place in the list.
 */
@Table("strategy_focus_area")
public record FocusArea(Long communityId, int number, String title, String description, String priorities, int version)
		implements Versioned {

	public List<String> priorityList() {
		return Arrays.stream(priorities.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
