package no.samhald.scale;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One value in PostgreSQL's COPY text format: \N for null, backslash escapes for tab and line ends. */
final class CopyText {

	private CopyText() {
	}

	static void append(StringBuilder out, Object value) {
		if (value == null) {
			out.append("\\N");
		}
		else if (value instanceof Boolean b) {
			out.append(b ? 't' : 'f');
		}
		else if (value instanceof Enum<?> e) {
			out.append(e.name());
		}
		else if (value instanceof Instant instant) {
			out.append(instant.atOffset(ZoneOffset.UTC));
		}
		else if (value instanceof LocalDateTime dateTime) {
			out.append(dateTime);
		}
		else {
			escape(out, value.toString());
		}
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

}
