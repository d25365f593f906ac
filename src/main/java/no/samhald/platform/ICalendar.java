package no.samhald.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar text (RFC 5545) by hand, for the feeds and for meeting invitations sent by
 * e-mail (RFC 5546): CRLF line ends, text escaped, lines folded at 75 octets without splitting a
 * UTF-8 character. Times are local Norwegian time given out in UTC, so calendar programs need no
 * time zone definition.
 */
public final class ICalendar {

	/** What the calendar asks of its reader: show it, add or update an invitation, or cancel one. */
	public enum Method {
		PUBLISH, REQUEST, CANCEL
	}

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private static final int OCTETS_PER_LINE = 75;

	private final StringBuilder out = new StringBuilder();

	private final String stamp;

	private ICalendar(String product, Method method, Instant now) {
		this.stamp = UTC.format(now.atOffset(ZoneOffset.UTC));
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Samhald//" + product + "//NO");
		line("CALSCALE:GREGORIAN");
		line("METHOD:" + method.name());
	}

	/** Starts a calendar; {@code product} names the part of Samhald that wrote it. */
	public static ICalendar begin(String product, Method method, Instant now) {
		return new ICalendar(product, method, now);
	}

	/** Starts an event with its unique id and the time it was written. */
	public ICalendar beginEvent(String uid) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + stamp);
		return this;
	}

	/** The start and end of the event, local Norwegian time, written in UTC. */
	public ICalendar times(LocalDateTime start, LocalDateTime end) {
		line("DTSTART:" + utc(start));
		line("DTEND:" + utc(end));
		return this;
	}

	/** The event lasts the whole day. */
	public ICalendar allDay(LocalDate day) {
		line("DTSTART;VALUE=DATE:" + DATE.format(day));
		line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
		return this;
	}

	/** A text property, escaped; left out when the value is empty. */
	public ICalendar text(String name, String value) {
		if (value != null && !value.isBlank()) {
			line(name + ":" + escape(value));
		}
		return this;
	}

	/**
	 * A property whose value is not text (a URI, a number, a keyword), with its parameters in
	 * {@code name} (e.g. {@code ORGANIZER;CN="…"}); left out when the value is empty.
	 */
	public ICalendar value(String name, Object value) {
		if (value != null && !String.valueOf(value).isBlank()) {
			line(name + ":" + value);
		}
		return this;
	}

	public ICalendar endEvent() {
		line("END:VEVENT");
		return this;
	}

	/** Ends the calendar and returns its text. */
	public String end() {
		line("END:VCALENDAR");
		return out.toString();
	}

	/** Escapes text for a property value. */
	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
			.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
	}

	/** A name for a parameter value such as {@code CN}: quoted, without the characters a quoted value may not hold. */
	public static String quoted(String text) {
		return "\"" + text.replace("\"", "'").replaceAll("[\\r\\n\\p{Cntrl}]", " ") + "\"";
	}

	private static String utc(LocalDateTime local) {
		return UTC.format(local.atZone(NORWAY).withZoneSameInstant(ZoneOffset.UTC));
	}

	/** Folds the line so that no physical line is longer than 75 octets. */
	private void line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > OCTETS_PER_LINE) {
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
