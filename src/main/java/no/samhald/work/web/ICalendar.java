package no.samhald.work.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import no.samhald.platform.ICalendar.Method;

/**
 * The personal feed of meetings and deadlines, written with the one iCalendar writer of
 * {@link no.samhald.platform.ICalendar}: meetings in UTC, deadlines as all-day dates.
 */
final class ICalendar {

	private final no.samhald.platform.ICalendar calendar;

	ICalendar(String name, Instant now) {
		this.calendar = no.samhald.platform.ICalendar.begin("My work", Method.PUBLISH, now).text("X-WR-CALNAME", name);
	}

	ICalendar meeting(String uid, LocalDateTime start, LocalDateTime end, String summary, String location, String url) {
		calendar.beginEvent(uid)
			.times(start, end)
			.text("SUMMARY", summary)
			.text("LOCATION", location)
			.value("URL", url)
			.endEvent();
		return this;
	}

	/** A deadline as an all-day event that shows as free time. */
	ICalendar deadline(String uid, LocalDate day, String summary, String url) {
		calendar.beginEvent(uid)
			.allDay(day)
			.text("SUMMARY", summary)
			.value("URL", url)
			.value("TRANSP", "TRANSPARENT")
			.endEvent();
		return this;
	}

	String end() {
		return calendar.end();
	}

}
