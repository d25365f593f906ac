package no.samhald.project;

import java.util.List;

/**
 * A numbered sub-project (delprosjekt) with its leader — a person of the community or a name —
 * its tasks in order and its deliverables.
 */
public record SubProject(long id, int number, String name, String description, Long leaderPersonId,
		String leaderName, List<Task> tasks, List<String> deliverables) {

	public long doneTasks() {
		return tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count();
	}

}
