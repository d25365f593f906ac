package no.samhald.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.samhald.scale.SsbMunicipalities.Municipality;

/** The generator at a tiny size, without a database: same input, same rows, and the domain's rules kept. */
class ScaleGeneratorTests {

	static final ScaleSize TINY = new ScaleSize(2, 5, 3, 6, 8, 3, 4, 2, 3, 101);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final List<Municipality> MUNICIPALITIES = IntStream.range(0, 7)
		.mapToObj(i -> new Municipality(String.valueOf(4600 + i), i == 3 ? "Herøy" : "Kommune " + i))
		.toList();

	@Test
	void theSameInputGivesTheSameRows() {
		var first = generate();
		var second = generate();
		assertThat(first.text()).isEqualTo(second.text());
		assertThat(first.rows.get(Table.DEVIATION)).hasSize(101);
		assertThat(first.rows.get(Table.MEETING)).hasSize(2 * 5 * 3 * 6);
		assertThat(first.rows.get(Table.MEETING_CASE)).hasSize(2 * 5 * 3 * 6 * 8);
		assertThat(first.rows.get(Table.MEASURE)).hasSize(2 * 3 * 4);
		assertThat(first.rows.get(Table.AGREEMENT_VERSION)).hasSize(2 * 3 * 3);
	}

	@Test
	void casesAreNumberedPerForumAndYearFromOne() {
		Map<String, TreeSet<Integer>> numbers = new HashMap<>();
		for (Object[] row : generate().rows.get(Table.MEETING_CASE)) {
			numbers.computeIfAbsent(row[2] + "/" + row[4], k -> new TreeSet<>()).add((Integer) row[5]);
		}
		assertThat(numbers).hasSize(2 * 5 * 3);
		numbers.values().forEach(n -> assertThat(n).containsExactlyElementsOf(IntStream.rangeClosed(1, 48).boxed().toList()));
	}

	@Test
	void exemptCasesHaveABasisAndAPublicTitleWithoutTheInternalOne() {
		var exempt = generate().rows.get(Table.MEETING_CASE).stream().filter(r -> (Boolean) r[13]).toList();
		assertThat(exempt).isNotEmpty().allSatisfy(r -> {
			assertThat(r[14]).isNotNull();
			assertThat(r[7]).isNotEqualTo(r[6]);
		});
	}

	@Test
	void onlyHeldMeetingsHaveApprovedMinutesAndDecisionsAndDeviationsAreDueInThreeWeeks() {
		var rows = generate().rows;
		assertThat(rows.get(Table.MEETING)).allSatisfy(r -> {
			boolean past = ((java.time.LocalDateTime) r[4]).toLocalDate().isBefore(TODAY);
			assertThat(r[7]).isEqualTo(past ? (r[9] != null ? "MINUTES_APPROVED" : "HELD") : "PLANNED");
		});
		assertThat(rows.get(Table.DEVIATION))
			.allSatisfy(r -> assertThat(r[14]).isEqualTo(((LocalDate) r[13]).plusWeeks(3)));
		assertThat(rows.get(Table.PARTNER).stream().map(r -> r[1] + "/" + r[3]).distinct())
			.hasSize(rows.get(Table.PARTNER).size());
	}

	@Test
	void municipalitiesAreReadAsStatisticsNorwayWritesThem() {
		var lines = List.of("\"07459: Population, by region, sex, age, contents and year\"", "",
				"\"region\";\"sex\";\"age\";\"Persons 2022\"", "\"K-4640 Sogndal\";\"Males\";\"0 years\";20",
				"\"K-3001 Halden\";\"Males\";\"0 years\";134", "\"K-4640 Sogndal\";\"Females\";\"0 years\";19",
				"\"K-Rest Divided municalities and unknown\";\"Males\";\"0 years\";0");
		assertThat(SsbMunicipalities.read(lines)).containsExactly(new Municipality("3001", "Halden"),
				new Municipality("4640", "Sogndal"));
	}

	private static Recorded generate() {
		var recorded = new Recorded();
		long[] communityIds = { 100 };
		ScaleGenerator.generate(recorded, TINY, MUNICIPALITIES, TODAY, (slug, name, shortName, description) -> {
			recorded.communities.add(slug + "|" + name);
			return communityIds[0]++;
		});
		return recorded;
	}

	/** Keeps the rows in memory and renders them as the COPY text would be. */
	private static final class Recorded implements Rows {

		final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

		final List<String> communities = new ArrayList<>();

		private final Map<Table, Long> ids = new EnumMap<>(Table.class);

		@Override
		public long nextId(Table table) {
			return ids.merge(table, 1L, Long::sum);
		}

		@Override
		public void add(Table table, Object... values) {
			assertThat(values).hasSameSizeAs(table.columns());
			rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
		}

		@Override
		public void flush() {
		}

		String text() {
			var text = new StringBuilder(String.join("\n", communities));
			rows.forEach((table, list) -> list.forEach(row -> {
				text.append(table).append(':');
				for (Object value : row) {
					CopyText.append(text.append('\t'), value);
				}
				text.append('\n');
			}));
			return text.toString();
		}

	}

}
