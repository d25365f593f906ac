package no.samhald.meeting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import no.samhald.platform.ICalendar.Method;

/**
 * The calendar feed of a forum's or a person's meetings, written with the one iCalendar writer
 * of {@link no.samhald.platform.ICalendar} (shared with the invitations sent by e-mail, which use
 * the same UID for a meeting).
 */
final class ICalendar {

	private ICalendar() {
	}

	/** One event of the feed; status is TENTATIVE, CONFIRMED or CANCELLED (RFC 5545, 3.8.1.11). */
	record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
			String description, String url, String status) {
	}

	static String feed(String name, List<Event> events, Instant now) {
		var calendar = no.samhald.platform.ICalendar.begin("Meetings", Method.PUBLISH, now).text("X-WR-CALNAME", name);
		for (Event e : events) {
			calendar.beginEvent(e.uid())
				.times(e.start(), e.end())
				.text("SUMMARY", e.summary())
				.text("LOCATION", e.location())
				.text("DESCRIPTION", e.description())
				.value("URL", e.url())
				.value("STATUS", e.status())
				.endEvent();
		}
		return calendar.end();
	}

}
