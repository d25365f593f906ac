package no.samhald.insight.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.samhald.insight.engine.ImportProblem.Kind;

/**
 * Reads SSB tables 07459 (population 1 January by municipality, sex and single-year age) and 14288
 * (projected population, the same plus the projection alternative) as SSB gives them: the
 * statbank's CSV export unchanged (ISO-8859-1 or UTF-8, CRLF or LF, title lines, long layout
 * {@code region;sex;age;Persons 2022} or wide layout with one value column per sex and/or year,
 * English or Norwegian labels, the "K-Rest" pseudo-region) and JSON-stat 2.0 as the statbank API
 * returns it. Every problem is collected with its place before the file is rejected, so one round
 * trip tells the user everything to fix.
 */
public final class SsbTableReader {

	private final Predicate<String> knownMunicipality;

	public SsbTableReader(Predicate<String> knownMunicipality) {
		this.knownMunicipality = knownMunicipality;
	}

	boolean isKnown(String code) {
		return knownMunicipality.test(code);
	}

	public SsbTable read(byte[] content) {
		String text = decode(content);
		if (text.isBlank()) {
			throw new ImportRejection(List.of(new ImportProblem(null, null, null, Kind.EMPTY_FILE)));
		}
		char first = text.stripLeading().charAt(0);
		return first == '{' ? new JsonStatReader(this).read(content) : readCsv(text);
	}

	/** UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (the statbank's default export). */
	static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, StandardCharsets.ISO_8859_1);
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private SsbTable readCsv(String text) {
		String[] lines = text.split("\r\n|\n|\r", -1);
		var sink = new Cells(knownMunicipality);
		int headerIndex = -1;
		char separator = ';';
		List<String> header = null;
		for (int i = 0; i < lines.length && headerIndex < 0; i++) {
			for (char candidate : new char[] { ';', ',', '\t' }) {
				List<String> fields = split(lines[i], candidate);
				if (fields.size() >= 2) {
					headerIndex = i;
					separator = candidate;
					header = fields;
					break;
				}
			}
		}
		if (header == null) {
			throw new ImportRejection(List.of(new ImportProblem(1, null, abbreviate(lines[0]), Kind.NO_HEADER)));
		}
		String tableId = null;
		for (int i = 0; i < headerIndex; i++) {
			Matcher m = Pattern.compile("^\"?(\\d{5})\\b").matcher(lines[i].strip());
			if (m.find()) {
				tableId = m.group(1);
				break;
			}
		}
		Layout layout = Layout.of(header, headerIndex + 1, sink);
		int rows = 0;
		for (int i = headerIndex + 1; i < lines.length && !sink.full(); i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			int lineNumber = i + 1;
			List<String> fields = split(lines[i], separator);
			if (fields.size() != header.size()) {
				sink.problem(lineNumber, null, abbreviate(lines[i]), Kind.WRONG_FIELD_COUNT);
				continue;
			}
			rows++;
			layout.row(lineNumber, fields);
		}
		return sink.finish(tableId, layout.wide() ? "csv-wide" : "csv-long", rows);
	}

	/** The CSV's columns: which hold dimensions, which hold counts (and for what sex, year, alternative). */
	private record Layout(List<String> header, int region, int sex, int age, int year, int alternative,
			List<ValueColumn> values, Cells sink) {

		record ValueColumn(int index, Integer sex, Integer year, String alternative) {
		}

		static Layout of(List<String> header, int lineNumber, Cells sink) {
			int region = -1, sex = -1, age = -1, year = -1, alternative = -1;
			var values = new ArrayList<ValueColumn>();
			for (int c = 0; c < header.size(); c++) {
				String name = header.get(c).strip();
				switch (name.toLowerCase(Locale.ROOT)) {
					case "region", "kommune", "municipality", "region/kommune" -> region = c;
					case "sex", "kjønn", "kjonn" -> sex = c;
					case "age", "alder" -> age = c;
					case "year", "år", "tid", "time" -> year = c;
					case "contents", "statistikkvariabel", "alternative", "alternativ", "framskrivingsalternativ",
							"projection alternative" -> alternative = c;
					default -> {
						Integer columnSex = Cells.sexOf(name);
						Matcher y = Cells.YEAR.matcher(name);
						Integer columnYear = y.find() ? Integer.valueOf(y.group(1)) : null;
						Matcher alt = Cells.ALTERNATIVE.matcher(name);
						String columnAlternative = alt.find() ? alt.group(1) : null;
						if (columnSex == null && columnYear == null && columnAlternative == null && !isCountWord(name)) {
							sink.problem(lineNumber, name, name, Kind.UNKNOWN_COLUMN);
						}
						else {
							values.add(new ValueColumn(c, columnSex, columnYear, columnAlternative));
						}
					}
				}
			}
			if (region < 0) {
				sink.problem(lineNumber, "region", null, Kind.MISSING_DIMENSION);
			}
			if (age < 0) {
				sink.problem(lineNumber, "age", null, Kind.MISSING_DIMENSION);
			}
			if (values.isEmpty()) {
				sink.problem(lineNumber, "Persons", null, Kind.MISSING_DIMENSION);
			}
			for (ValueColumn value : values) {
				if (sex < 0 && value.sex() == null) {
					sink.problem(lineNumber, header.get(value.index()), "sex", Kind.MISSING_DIMENSION);
				}
				if (year < 0 && value.year() == null) {
					sink.problem(lineNumber, header.get(value.index()), "year", Kind.MISSING_DIMENSION);
				}
			}
			if (sink.hasProblems()) {
				throw new ImportRejection(sink.problems);
			}
			return new Layout(header, region, sex, age, year, alternative, values, sink);
		}

		boolean wide() {
			return values.size() > 1;
		}

		void row(int line, List<String> fields) {
			String unit = sink.unit(line, header.get(region), fields.get(region));
			Integer rowAge = sink.age(line, header.get(age), fields.get(age));
			Integer rowSex = sex < 0 ? null : sink.sex(line, header.get(sex), fields.get(sex));
			Integer rowYear = year < 0 ? null : sink.year(line, header.get(year), fields.get(year));
			String rowAlternative = null;
			if (alternative >= 0) {
				Matcher m = Cells.ALTERNATIVE.matcher(fields.get(alternative));
				rowAlternative = m.find() ? m.group(1) : null;
			}
			if (unit == null || rowAge == null || (sex >= 0 && rowSex == null) || (year >= 0 && rowYear == null)) {
				return;
			}
			for (ValueColumn column : values) {
				int cellSex = column.sex() != null ? column.sex() : rowSex;
				int cellYear = column.year() != null ? column.year() : rowYear;
				String series = column.alternative() != null ? column.alternative()
						: rowAlternative != null ? rowAlternative : SsbTable.OBSERVED;
				Long count = sink.count(line, header.get(column.index()), fields.get(column.index()));
				if (count != null) {
					sink.add(line, header.get(column.index()), fields.get(column.index()), series, cellYear, unit, cellSex,
							rowAge, count);
				}
			}
		}

		private static boolean isCountWord(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			return lower.startsWith("persons") || lower.startsWith("personer") || lower.startsWith("population");
		}

	}

	/** Fields of a line split on the separator, with SSB's double quotes removed ("" is a quote). */
	static List<String> split(String line, char separator) {
		var fields = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 77) + "..." : text;
	}

}
