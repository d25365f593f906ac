package no.samhald.insight.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV for spreadsheet users, in SSB's own convention: {@code ;} between fields, {@code .} as decimal
 * point, a header line, UTF-8. Asked for with {@code Accept: text/csv} (or {@code ?format=csv}).
 */
final class Csv {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final StringBuilder text = new StringBuilder();

	Csv(String... header) {
		row((Object[]) header);
	}

	static boolean wanted(String accept, String format) {
		return "csv".equalsIgnoreCase(format) || (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
	}

	Csv row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append(';');
			}
			text.append(format(values[i]));
		}
		text.append("\r\n");
		return this;
	}

	Csv rows(List<Object[]> rows) {
		rows.forEach(this::row);
		return this;
	}

	private static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			if (d.isNaN() || d.isInfinite()) {
				return "";
			}
			return Math.rint(d) == d && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.3f", d);
		}
		String text = value.toString();
		return text.contains(";") || text.contains("\"") || text.contains("\n")
				? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	ResponseEntity<String> response(String fileName) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header("Content-Disposition", "inline; filename=\"" + fileName + ".csv\"")
			.body(text.toString());
	}

}
