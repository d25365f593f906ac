package no.samhald.notification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of reminders sent (table {@code reminder_sent}): one row per kind, subject, deadline,
 * person, step and, for reminders about one partner's or forum's part of the subject, the partner or forum. Claiming a row is what allows a reminder to be sent; the primary key lets only
 * one transaction claim it, so a second run, or a second node running at the same moment, sends
 * nothing (the second insert waits for the first transaction and then finds the row).
 */
@Component
record SentReminders(JdbcClient jdbc) {

	/** The partner (forum) column of reminders not about one partner (forum). */
	private static final long NONE = 0;

	/**
	 * The items sorted by a unique key: two runs at the same time then claim rows in the same order,
	 * so the second waits for the first instead of the two deadlocking.
	 */
	static <T, K extends Comparable<K>> List<T> inIdOrder(List<T> items, Function<T, K> key) {
		return items.stream().sorted(Comparator.comparing(key)).toList();
	}

	/** Claims the reminder; true only for the one transaction that may send it. */
	boolean claim(String kind, long subjectId, LocalDate deadline, String username, String step) {
		return claim(kind, subjectId, NONE, NONE, deadline, username, step);
	}

	/**
	 * Claims the reminder about one partner's part of the subject (its answer to a collection): a
	 * person acting for two partners is reminded of each.
	 */
	boolean claim(String kind, long subjectId, long partnerId, LocalDate deadline, String username, String step) {
		return claim(kind, subjectId, partnerId, NONE, deadline, username, step);
	}

	/**
	 * Claims the reminder about one partner's or one forum's part of the subject (its answer to a
	 * round): a person answering for two of them is reminded of each. Partner and forum ids are
	 * counted apart, so they are two columns.
	 */
	boolean claim(String kind, long subjectId, long partnerId, long forumId, LocalDate deadline, String username,
			String step) {
		return jdbc.sql("""
				insert into reminder_sent (kind, subject_id, partner_id, forum_id, deadline, username, step)
				values (:kind, :subject, :partner, :forum, :deadline, :username, :step) on conflict do nothing
				""")
			.param("partner", partnerId)
			.param("forum", forumId)
			.param("kind", kind)
			.param("subject", subjectId)
			.param("deadline", deadline)
			.param("username", username)
			.param("step", step)
			.update() == 1;
	}

}
