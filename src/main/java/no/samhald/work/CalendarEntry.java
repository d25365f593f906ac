package no.samhald.work;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of a person's calendar feed: a meeting ({@code start}/{@code end} in Norwegian local
 * time) or a deadline (all day on {@code day}), with the page it links to.
 */
public record CalendarEntry(String uid, TaskKind kind, String title, LocalDateTime start, LocalDateTime end,
		LocalDate day, String location, String link) {

	public boolean isDeadline() {
		return day != null;
	}

}
