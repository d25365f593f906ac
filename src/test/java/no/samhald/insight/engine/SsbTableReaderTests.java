package no.samhald.insight.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.samhald.insight.engine.ImportProblem.Kind;
import no.samhald.insight.engine.SsbTable.SeriesYear;

class SsbTableReaderTests {

	static final Set<String> HELSE_FORDE = Set.of("4602", "4635", "4636", "4637", "4638", "4639", "4640", "4641",
			"4642", "4643", "4644", "4645", "4646", "4647", "4648", "4649", "4650", "4651");

	private final SsbTableReader reader = new SsbTableReader(code -> !code.startsWith("99"));

	private static String ageLabel(int age) {
		return age == 105 ? "105 years or older" : age == 1 ? "1 year" : age + " years";
	}

	/** A long-layout file like the statbank's, for one municipality, counts = age + 1000 × sex. */
	static String longFile(String region, int year, String lineEnd) {
		var text = new StringBuilder("\"07459: Population, by region, sex, age, contents and year\"" + lineEnd + lineEnd);
		text.append("\"region\";\"sex\";\"age\";\"Persons ").append(year).append('"').append(lineEnd);
		for (String sex : List.of("Males", "Females")) {
			for (int a = 0; a <= 105; a++) {
				int count = a + (sex.equals("Females") ? 1000 : 0);
				text.append('"').append(region).append("\";\"").append(sex).append("\";\"").append(ageLabel(a))
					.append("\";").append(count).append(lineEnd);
			}
		}
		return text.toString();
	}

	/**
	 * A file laid out as the statbank exports 07459 (title line, CRLF, "K-" regions with the rest of
	 * the country last), with invented counts: three municipalities and the rest, for 2022.
	 */
	@Test
	void readsAFileAsTheStatbankExportsIt() throws IOException {
		byte[] file;
		try (var in = getClass().getResourceAsStream("/ssb/population_by_age_sex_2022_synthetic.csv")) {
			file = in.readAllBytes();
		}
		SsbTable table = reader.read(file);
		assertThat(table.tableId()).isEqualTo("07459");
		assertThat(table.format()).isEqualTo("csv-long");
		assertThat(table.municipalities()).containsExactlyInAnyOrder("3001", "4602", "4640");
		assertThat(table.years()).containsExactly(2022);
		assertThat(table.cells().get(new SeriesYear(SsbTable.OBSERVED, 2022))).containsKey(SsbTable.REST);
		assertThat(table.total()).isEqualTo(22_740);
		long forde = table.cells().get(new SeriesYear(SsbTable.OBSERVED, 2022)).entrySet().stream()
			.filter(e -> HELSE_FORDE.contains(e.getKey()))
			.mapToLong(e -> java.util.Arrays.stream(e.getValue()).flatMapToInt(java.util.Arrays::stream).sum())
			.sum();
		assertThat(forde).isEqualTo(7_580 + 9_700);
		assertThat(table.rows()).isEqualTo(4 * 2 * 106);
	}

	@Test
	void readsIso88591WithCrlfAndLfAlike() {
		String text = longFile("K-4640 Sogndal", 2022, "\r\n").replace("Sogndal", "S\u00f8gndal");
		SsbTable crlf = reader.read(text.getBytes(StandardCharsets.ISO_8859_1));
		SsbTable lf = reader.read(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(crlf.total()).isEqualTo(lf.total()).isEqualTo(2 * 5565 + 106 * 1000);
		assertThat(crlf.cells().get(new SeriesYear(SsbTable.OBSERVED, 2022)).get("4640")[1][105]).isEqualTo(1105);
	}

	@Test
	void reportsMissingCellsWhenNothingElseIsWrong() {
		String text = longFile("K-4640 Sogndal", 2022, "\r\n").replace("\"K-4640 Sogndal\";\"Males\";\"3 years\";3\r\n", "");
		assertThatThrownBy(() -> reader.read(text.getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOfSatisfying(ImportRejection.class, ex -> assertThat(ex.problems())
				.containsExactly(new ImportProblem(null, "4640 2022", "1", Kind.MISSING_CELLS)));
	}

	@Test
	void readsTheWideLayoutWithOneColumnPerSex() {
		var text = new StringBuilder("\"07459: Population\"\r\n\r\n\"region\";\"age\";\"Males 2021\";\"Females 2021\"\r\n");
		for (int a = 0; a <= 105; a++) {
			text.append("\"K-4640 Sogndal\";\"").append(ageLabel(a)).append("\";").append(a).append(';').append(a + 1000).append("\r\n");
		}
		SsbTable table = reader.read(text.toString().getBytes(StandardCharsets.ISO_8859_1));
		assertThat(table.format()).isEqualTo("csv-wide");
		assertThat(table.rows()).isEqualTo(106);
		assertThat(table.total()).isEqualTo(2 * 5565 + 106 * 1000);
	}

	@Test
	void readsAProjectionWithItsAlternative() {
		var text = new StringBuilder("\"14288: Projected population\"\r\n\r\n\"region\";\"sex\";\"age\";\"contents\";\"year\";\"Persons\"\r\n");
		for (String sex : List.of("Males", "Females")) {
			for (int a = 0; a <= 105; a++) {
				for (int year : List.of(2030, 2040)) {
					text.append("\"K-4640 Sogndal\";\"").append(sex).append("\";\"").append(ageLabel(a))
						.append("\";\"Main alternative (MMMM)\";\"").append(year).append("\";7\r\n");
				}
			}
		}
		SsbTable table = reader.read(text.toString().getBytes(StandardCharsets.ISO_8859_1));
		assertThat(table.tableId()).isEqualTo("14288");
		assertThat(table.isProjection()).isTrue();
		assertThat(table.series()).containsExactly("MMMM");
		assertThat(table.years()).containsExactly(2030, 2040);
	}

	@Test
	void readsJsonStatAsTheApiReturnsIt() {
		var values = new StringBuilder();
		for (int s = 0; s < 2; s++) {
			for (int a = 0; a <= 105; a++) {
				values.append(values.length() == 0 ? "" : ",").append(a + 1000 * s);
			}
		}
		var ages = new StringBuilder();
		for (int a = 0; a <= 105; a++) {
			ages.append(a == 0 ? "" : ",").append('"').append(a == 105 ? "105+" : String.format("%03d", a)).append('"');
		}
		String json = """
				{"version":"2.0","class":"dataset","label":"07459: Befolkning",
				 "id":["Region","Kjonn","Alder","ContentsCode","Tid"],"size":[1,2,106,1,1],
				 "dimension":{
				  "Region":{"category":{"index":{"4640":0},"label":{"4640":"Sogndal"}}},
				  "Kjonn":{"category":{"index":{"1":0,"2":1},"label":{"1":"Menn","2":"Kvinner"}}},
				  "Alder":{"category":{"index":[%s]}},
				  "ContentsCode":{"category":{"index":{"Personer1":0},"label":{"Personer1":"Personar"}}},
				  "Tid":{"category":{"index":{"2022":0}}}},
				 "value":[%s]}
				""".formatted(ages, values);
		SsbTable table = reader.read(json.getBytes(StandardCharsets.UTF_8));
		assertThat(table.format()).isEqualTo("json-stat");
		assertThat(table.total()).isEqualTo(2 * 5565 + 106 * 1000);
		assertThat(table.cells().get(new SeriesYear(SsbTable.OBSERVED, 2022)).get("4640")[0][105]).isEqualTo(105);

		String broken = json.replace("[0,1,", "[0,-1,");
		assertThatThrownBy(() -> reader.read(broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRejection.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(p -> {
					assertThat(p.kind()).isEqualTo(Kind.NEGATIVE_COUNT);
					assertThat(p.column()).isEqualTo("value[1] (Region=4640, Kjonn=1, Alder=001, ContentsCode=Personer1, Tid=2022)");
				}));
	}

	@Test
	void readsAnOfficialProjectionInJsonStatWithTheAlternativeAsContentsCode() {
		var values = new StringBuilder();
		for (int i = 0; i < 2 * 106 * 2; i++) {
			values.append(i == 0 ? "" : ",").append(5);
		}
		var ages = new StringBuilder();
		for (int a = 0; a <= 105; a++) {
			ages.append(a == 0 ? "" : ",").append('"').append(a == 105 ? "105+" : String.format("%03d", a)).append('"');
		}
		String json = """
				{"version":"2.0","class":"dataset","label":"14288: Framskriven folkemengd",
				 "id":["Region","Kjonn","Alder","ContentsCode","Tid"],"size":[1,2,106,1,2],
				 "dimension":{
				  "Region":{"category":{"index":{"4640":0}}},
				  "Kjonn":{"category":{"index":{"1":0,"2":1}}},
				  "Alder":{"category":{"index":[%s]}},
				  "ContentsCode":{"category":{"index":{"MMMM":0},"label":{"MMMM":"Hovudalternativet (MMMM)"}}},
				  "Tid":{"category":{"index":{"2030":0,"2040":1}}}},
				 "value":[%s]}
				""".formatted(ages, values);
		SsbTable table = reader.read(json.getBytes(StandardCharsets.UTF_8));
		assertThat(table.isProjection()).isTrue();
		assertThat(table.series()).containsExactly("MMMM");
		assertThat(table.years()).containsExactly(2030, 2040);
		assertThat(table.total()).isEqualTo(5L * 2 * 106 * 2);
	}

	@Test
	void reportsLineColumnAndValueOfEveryProblem() {
		String good = longFile("K-4640 Sogndal", 2022, "\r\n");
		String bad = good.replace("\"K-4640 Sogndal\";\"Males\";\"3 years\";3", "\"K-9940 Nowhere\";\"Males\";\"3 years\";3")
			.replace("\"Males\";\"4 years\";4", "\"Males\";\"4 years\";-4")
			.replace("\"Males\";\"5 years\";5", "\"Males\";\"5 years\";..")
			.replace("\"Males\";\"6 years\";6", "\"Males\";\"7 years\";6");
		assertThatThrownBy(() -> reader.read(bad.getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOfSatisfying(ImportRejection.class, ex -> assertThat(ex.problems()).containsExactlyInAnyOrder(
					new ImportProblem(7, "region", "K-9940 Nowhere", Kind.UNKNOWN_MUNICIPALITY),
					new ImportProblem(8, "Persons 2022", "-4", Kind.NEGATIVE_COUNT),
					new ImportProblem(9, "Persons 2022", "..", Kind.NOT_A_NUMBER),
					new ImportProblem(11, "Persons 2022", "7", Kind.DUPLICATE_CELL)));
	}

}
