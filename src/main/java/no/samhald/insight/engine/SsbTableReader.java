package no.samhald.insight.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.samhald.insight.engine.ImportProblem.Kind;
import no.samhald.insight.engine.SsbTable.SeriesYear;

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

	static final int MAX_PROBLEMS = 100;

	private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|2\\d\\d\\d)\\b");

	/** SSB's projection alternatives: fertility, life expectancy, internal and immigration (MMMM, LLML, MMM0…). */
	private static final Pattern ALTERNATIVE = Pattern.compile("\\b([LMHK0]{4})\\b");

	private static final Pattern AGE = Pattern.compile("^(\\d{1,3})\\s*\\+?(?:\\s.*)?$");

	private static final Pattern REGION = Pattern.compile("^(?:K[-_ ]?)?(\\d{4})(?:\\s.*)?$");

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
						Integer columnSex = sexOf(name);
						Matcher y = YEAR.matcher(name);
						Integer columnYear = y.find() ? Integer.valueOf(y.group(1)) : null;
						Matcher alt = ALTERNATIVE.matcher(name);
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
				Matcher m = ALTERNATIVE.matcher(fields.get(alternative));
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

	/** 0 = male, 1 = female, null when the text names neither (or both sexes). */
	static Integer sexOf(String text) {
		String lower = text.toLowerCase(Locale.ROOT).strip();
		if (lower.equals("1") || MALE_WORD.matcher(lower).find()) {
			return AgeSexTable.MALE;
		}
		if (lower.equals("2") || FEMALE_WORD.matcher(lower).find()) {
			return AgeSexTable.FEMALE;
		}
		return null;
	}

	private static final Pattern MALE_WORD = Pattern.compile("\\b(males?|menn|mann|men|gutar|gutter)\\b");

	private static final Pattern FEMALE_WORD = Pattern.compile("\\b(females?|kvinner|kvinne|women|jenter)\\b");

	/** Collects checked cells and problems from either format. */
	static final class Cells {

		private final Predicate<String> knownMunicipality;

		final List<ImportProblem> problems = new ArrayList<>();

		private final SortedMap<SeriesYear, SortedMap<String, int[][]>> cells = new TreeMap<>();

		private final java.util.Map<SeriesYear, java.util.Map<String, boolean[]>> seen = new java.util.HashMap<>();

		// A file repeats the same few hundred labels ("K-4640 Sogndal", "17 years") tens of thousands of times.
		private final java.util.Map<String, String> units = new java.util.HashMap<>();

		private final java.util.Map<String, Integer> ages = new java.util.HashMap<>();

		private final java.util.Map<String, Integer> sexes = new java.util.HashMap<>();

		Cells(Predicate<String> knownMunicipality) {
			this.knownMunicipality = knownMunicipality;
		}

		void problem(Integer line, String column, String value, Kind kind) {
			if (problems.size() < MAX_PROBLEMS) {
				problems.add(new ImportProblem(line, column, value, kind));
			}
			else if (problems.size() == MAX_PROBLEMS) {
				problems.add(new ImportProblem(null, null, null, Kind.TOO_MANY_PROBLEMS));
			}
		}

		boolean hasProblems() {
			return !problems.isEmpty();
		}

		boolean full() {
			return problems.size() > MAX_PROBLEMS;
		}

		String unit(Integer line, String column, String value) {
			String known = units.get(value);
			if (known != null) {
				return known;
			}
			String unit = parseUnit(value);
			if (unit == null) {
				problem(line, column, value, Kind.UNKNOWN_MUNICIPALITY);
			}
			else {
				units.put(value, unit);
			}
			return unit;
		}

		private String parseUnit(String value) {
			String text = value.strip();
			String lower = text.toLowerCase(Locale.ROOT);
			String bare = lower.replaceFirst("^k[-_]", "");
			for (String pseudo : SsbTable.PSEUDO_REGIONS) {
				if (bare.equals(pseudo) || bare.startsWith(pseudo + " ")) {
					return pseudo;
				}
			}
			Matcher m = REGION.matcher(text);
			return m.matches() && knownMunicipality.test(m.group(1)) ? m.group(1) : null;
		}

		Integer age(Integer line, String column, String value) {
			Integer known = ages.get(value);
			if (known != null) {
				return known;
			}
			Matcher m = AGE.matcher(value.strip());
			if (m.matches()) {
				int age = Integer.parseInt(m.group(1));
				if (age <= AgeSexTable.OPEN_AGE) {
					ages.put(value, age);
					return age;
				}
			}
			problem(line, column, value, Kind.UNKNOWN_AGE);
			return null;
		}

		Integer sex(Integer line, String column, String value) {
			Integer sex = sexes.computeIfAbsent(value, SsbTableReader::sexOf);
			if (sex == null) {
				problem(line, column, value, Kind.UNKNOWN_SEX);
			}
			return sex;
		}

		Integer year(Integer line, String column, String value) {
			Matcher m = YEAR.matcher(value.strip());
			if (m.matches()) {
				return Integer.valueOf(m.group(1));
			}
			problem(line, column, value, Kind.UNKNOWN_YEAR);
			return null;
		}

		Long count(Integer line, String column, String value) {
			String digits = value.strip().replace(" ", "").replace("\u00a0", "");
			try {
				long count = Long.parseLong(digits);
				if (count < 0) {
					problem(line, column, value, Kind.NEGATIVE_COUNT);
					return null;
				}
				if (count > Integer.MAX_VALUE) {
					problem(line, column, value, Kind.NOT_A_NUMBER);
					return null;
				}
				return count;
			}
			catch (NumberFormatException ex) {
				problem(line, column, value, Kind.NOT_A_NUMBER);
				return null;
			}
		}

		void add(Integer line, String column, String value, String series, int year, String unit, int sex, int age,
				long count) {
			var key = new SeriesYear(series, year);
			boolean[] flags = seen.computeIfAbsent(key, k -> new java.util.HashMap<>())
				.computeIfAbsent(unit, u -> new boolean[AgeSexTable.UNIT_CELLS]);
			int cell = sex * AgeSexTable.AGES + age;
			if (flags[cell]) {
				problem(line, column, value, Kind.DUPLICATE_CELL);
				return;
			}
			flags[cell] = true;
			cells.computeIfAbsent(key, k -> new TreeMap<>())
				.computeIfAbsent(unit, u -> new int[2][AgeSexTable.AGES])[sex][age] = (int) count;
		}

		SsbTable finish(String tableId, String format, int rows) {
			// A rejected cell also leaves a hole; holes are only news when nothing else is wrong.
			List<ImportProblem> earlier = List.copyOf(problems);
			seen.forEach((key, units) -> units.forEach((unit, flags) -> {
				int missing = 0;
				for (boolean flag : flags) {
					missing += flag ? 0 : 1;
				}
				if (missing > 0 && earlier.isEmpty()) {
					problem(null, unit + " " + key.year() + (key.series().equals(SsbTable.OBSERVED) ? "" : " " + key.series()),
							String.valueOf(missing), Kind.MISSING_CELLS);
				}
			}));
			if (cells.isEmpty() && problems.isEmpty()) {
				problem(null, null, null, Kind.EMPTY_FILE);
			}
			if (!problems.isEmpty()) {
				throw new ImportRejection(problems);
			}
			return new SsbTable(tableId, format, rows, cells);
		}

	}

}
