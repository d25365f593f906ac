package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;

import no.samhald.community.Community;

/** One kind of work, read from the module that owns it. */
interface TaskSource {

	/** What waits for the signed-in person in the community. */
	List<Task> forCurrentPerson(Community community, LocalDateTime now);

	/** What is overdue in the whole community, for its coordinators. */
	List<Task> overdueIn(Community community, LocalDateTime now);

}
