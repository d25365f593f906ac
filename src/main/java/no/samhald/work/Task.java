package no.samhald.work;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One piece of work waiting for a person: what it is ({@code title} names the deviation's
 * partners, the meeting's forum, the measure or the agreement), in which community, when it is
 * due, and the page where it is done ({@code link}); {@code papersLink} is a meeting's notice
 * with its case papers.
 */
public record Task(TaskKind kind, String communitySlug, long subjectId, String title, LocalDate due, boolean overdue,
		String link, String papersLink) {

	/** Overdue first, then the earliest due; work without a date last. */
	static final Comparator<Task> MOST_URGENT_FIRST = Comparator.comparing((Task t) -> !t.overdue())
		.thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::kind)
		.thenComparing(Task::subjectId);

	static Task of(TaskKind kind, String communitySlug, long subjectId, String title, LocalDate due, LocalDate today,
			String path) {
		boolean overdue = due != null && due.isBefore(today);
		return new Task(kind, communitySlug, subjectId, title, due, overdue, "/" + communitySlug + path, null);
	}

}
