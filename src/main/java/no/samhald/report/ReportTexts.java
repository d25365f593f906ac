package no.samhald.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import no.samhald.platform.Dates;

/** The report's messages in one reader's language, so builders read as the report they make. */
record ReportTexts(MessageSource messages, Locale locale) {

	private static final DateTimeFormatter DAY = Dates.DAY;

	String get(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static String day(LocalDate date) {
		return date == null ? "" : date.format(DAY);
	}

	/** Norwegian grouping with a plain space, whichever no-break space the JDK's locale data uses. */
	static String kroner(long amount) {
		return String.format(Locale.forLanguageTag("nb"), "%,d", amount).replaceAll("[\\u00a0\\u202f]", " ") + " kr";
	}

	/** A result figure the Norwegian way: spaces between thousands, a decimal comma, at most one decimal. */
	static String number(BigDecimal number) {
		var format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb")));
		return format.format(number).replaceAll("[\\u00a0\\u202f]", " ");
	}

	/** A section of a table under its heading, or a sentence saying there is nothing that year. */
	ReportDocument.Section tableOrNone(String id, int year, List<List<ReportDocument.Cell>> rows,
			List<String> headers, List<ReportDocument.Cell> footer) {
		String heading = get("report.annual." + id);
		if (rows.isEmpty()) {
			return new ReportDocument.Section(id, heading,
					List.of(new ReportDocument.Paragraph(get("report.annual." + id + ".none", year))));
		}
		return new ReportDocument.Section(id, heading, List.of(
				new ReportDocument.Table(get("report.annual." + id + ".caption", year), headers, rows, footer)));
	}

}
