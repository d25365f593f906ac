package no.samhald.work.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar feed (RFC 5545): CRLF line ends, text escaped, lines folded at 75 octets
 * without splitting a UTF-8 character. Meetings are given in UTC, deadlines as all-day dates.
 */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private final StringBuilder out = new StringBuilder();

	private final String stamp;

	ICalendar(String name, Instant now) {
		this.stamp = UTC.format(now.atOffset(ZoneOffset.UTC));
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Samhald//My work//NO");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		property("X-WR-CALNAME", name);
	}

	ICalendar meeting(String uid, LocalDateTime start, LocalDateTime end, String summary, String location, String url) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + stamp);
		line("DTSTART:" + utc(start));
		line("DTEND:" + utc(end));
		property("SUMMARY", summary);
		property("LOCATION", location);
		line("URL:" + url);
		line("END:VEVENT");
		return this;
	}

	/** A deadline as an all-day event that shows as free time. */
	ICalendar deadline(String uid, LocalDate day, String summary, String url) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + stamp);
		line("DTSTART;VALUE=DATE:" + DATE.format(day));
		line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
		property("SUMMARY", summary);
		line("URL:" + url);
		line("TRANSP:TRANSPARENT");
		line("END:VEVENT");
		return this;
	}

	String end() {
		line("END:VCALENDAR");
		return out.toString();
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
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
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
