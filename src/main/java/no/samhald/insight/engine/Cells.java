package no.samhald.insight.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.samhald.insight.engine.ImportProblem.Kind;
import no.samhald.insight.engine.SsbTable.SeriesYear;

/**
 * Collects the checked cells of an SSB table and every problem with its place, whichever
 * format (CSV or JSON-stat) they came from; reading the labels (region, sex, age, year) is the
 * same for both.
 */
final class Cells {

	static final int MAX_PROBLEMS = 100;

	static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|2\\d\\d\\d)\\b");

	/** SSB's projection alternatives: fertility, life expectancy, internal and immigration (MMMM, LLML, MMM0…). */
	static final Pattern ALTERNATIVE = Pattern.compile("\\b([LMHK0]{4})\\b");

	private static final Pattern AGE = Pattern.compile("^(\\d{1,3})\\s*\\+?(?:\\s.*)?$");

	private static final Pattern REGION = Pattern.compile("^(?:K[-_ ]?)?(\\d{4})(?:\\s.*)?$");

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


	private final Predicate<String> knownMunicipality;

	final List<ImportProblem> problems = new ArrayList<>();

	private final SortedMap<SeriesYear, SortedMap<String, int[][]>> cells = new TreeMap<>();

	private final Map<SeriesYear, Map<String, boolean[]>> seen = new HashMap<>();

	// A file repeats the same few hundred labels ("K-4640 Sogndal", "17 years") tens of thousands of times.
	private final Map<String, String> units = new HashMap<>();

	private final Map<String, Integer> ages = new HashMap<>();

	private final Map<String, Integer> sexes = new HashMap<>();

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
		Integer sex = sexes.computeIfAbsent(value, Cells::sexOf);
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
		boolean[] flags = seen.computeIfAbsent(key, k -> new HashMap<>())
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
