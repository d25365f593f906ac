package no.samhald.project;

import java.util.List;

import no.samhald.platform.Versioned;

/**
 * A numbered sub-project (delprosjekt) with its leader — a person of the community or a name —
 * its tasks in order and its deliverables. Its version guards its own fields, not its tasks,
 * which carry versions of their own.
 */
public record SubProject(long id, int number, String name, String description, Long leaderPersonId,
		String leaderName, List<Task> tasks, List<String> deliverables, int version) implements Versioned {

	public long doneTasks() {
		return tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count();
	}

}
