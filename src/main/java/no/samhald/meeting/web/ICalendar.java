package no.samhald.meeting.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar feed (RFC 5545) by hand: CRLF line ends, text escaped, lines folded at 75
 * octets without splitting a UTF-8 character. Times are given in UTC, so calendar programs need
 * no time zone definition.
 */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private final StringBuilder out = new StringBuilder();

	/** One event of the feed. */
	record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
			String description, String url, boolean cancelledOrTentative) {
	}

	static String feed(String name, List<Event> events, Instant now) {
		var calendar = new ICalendar();
		calendar.line("BEGIN:VCALENDAR");
		calendar.line("VERSION:2.0");
		calendar.line("PRODID:-//Samhald//Meetings//NO");
		calendar.line("CALSCALE:GREGORIAN");
		calendar.line("METHOD:PUBLISH");
		calendar.property("X-WR-CALNAME", name);
		for (Event e : events) {
			calendar.line("BEGIN:VEVENT");
			calendar.line("UID:" + e.uid());
			calendar.line("DTSTAMP:" + UTC.format(now.atOffset(ZoneOffset.UTC)));
			calendar.line("DTSTART:" + utc(e.start()));
			calendar.line("DTEND:" + utc(e.end()));
			calendar.property("SUMMARY", e.summary());
			calendar.property("LOCATION", e.location());
			calendar.property("DESCRIPTION", e.description());
			if (e.url() != null) {
				calendar.line("URL:" + e.url());
			}
			calendar.line("STATUS:" + (e.cancelledOrTentative() ? "TENTATIVE" : "CONFIRMED"));
			calendar.line("END:VEVENT");
		}
		calendar.line("END:VCALENDAR");
		return calendar.out.toString();
	}

	private static String utc(LocalDateTime local) {
		return UTC.format(local.atZone(NORWAY).withZoneSameInstant(ZoneOffset.UTC));
	}

	private void property(String name, String value) {
		if (value != null && !value.isBlank()) {
			line(name + ":" + escape(value));
		}
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
			.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Folds the line so that no physical line is longer than 75 octets. */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				// the leading space of a continuation line counts towards its 75 octets
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
