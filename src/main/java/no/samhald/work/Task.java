package no.samhald.work;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/**
 * One piece of work waiting for a person: what it is ({@code title} names the deviation's
 * partners, the meeting's forum, the measure or the agreement), in which community, when it is
 * due, and the page where it is done ({@code link}); {@code papersLink} is a meeting's notice
 * with its case papers. {@code isNew} marks work that arrived in the last {@link #NEW_DAYS}
 * days (a deviation received), so that it is seen before it can become overdue.
 */
public record Task(TaskKind kind, String communitySlug, long subjectId, String title, LocalDate due, boolean overdue,
		String link, String papersLink, boolean isNew) {

	/** Work received today or in the two days before is new. */
	static final int NEW_DAYS = 3;

	/** Titles in Norwegian alphabetical order (Æ, Ø, Å after Z), what a reader looks for in a list. */
	private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("no"));

	/**
	 * New first, then overdue, then the earliest due; work without a date last. Equally urgent work
	 * by kind, then by title, so that it keeps its place from one view to the next whatever order the
	 * sources read it in; the link (unique to each piece of work) settles the rest.
	 */
	static final Comparator<Task> MOST_URGENT_FIRST = Comparator.comparing((Task t) -> !t.isNew())
		.thenComparing(t -> !t.overdue())
		.thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::kind)
		.thenComparing(Task::title, NORWEGIAN)
		.thenComparing(Task::link);

	/** Work that is not new. */
	Task(TaskKind kind, String communitySlug, long subjectId, String title, LocalDate due, boolean overdue, String link,
			String papersLink) {
		this(kind, communitySlug, subjectId, title, due, overdue, link, papersLink, false);
	}

	static Task of(TaskKind kind, String communitySlug, long subjectId, String title, LocalDate due, LocalDate today,
			String path) {
		boolean overdue = due != null && due.isBefore(today);
		return new Task(kind, communitySlug, subjectId, title, due, overdue, "/" + communitySlug + path, null);
	}

	/** This task, new if it arrived on {@code arrived} within the last {@link #NEW_DAYS} days up to {@code today}. */
	Task arrivedOn(LocalDate arrived, LocalDate today) {
		boolean recent = arrived != null && arrived.isAfter(today.minusDays(NEW_DAYS)) && !arrived.isAfter(today);
		return new Task(kind, communitySlug, subjectId, title, due, overdue, link, papersLink, recent);
	}

}
