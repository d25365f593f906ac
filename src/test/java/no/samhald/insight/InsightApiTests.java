package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samhald.SamhaldTest;

/** The API over the shared SSB files, which the demo data imports at start. */
@SamhaldTest
class InsightApiTests {

	private static final Path FILES = Path.of("../shared/data/ssb-07459");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Population population;

	private RestClient client;

	@BeforeEach
	void client() {
		client = RestClient.builder()
			.baseUrl("http://localhost:" + port + "/api/v1/communities")
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	private JsonNode get(String path) {
		ResponseEntity<String> response = client.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
		return JSON.readTree(response.getBody());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String password(String user) {
		return user.equals("admin") ? "samhald-admin" : "samhald-demo";
	}

	/** Replaces stored years the way the rule asks: preview, then confirm what the preview showed. */
	private ResponseEntity<String> replace(byte[] content, String fileName) {
		ResponseEntity<String> preview = upload("admin", content, fileName, true);
		assertThat(preview.getStatusCode().value()).as(preview.getBody()).isEqualTo(200);
		return confirm("admin", JSON.readTree(preview.getBody()).get("id").asLong());
	}

	private ResponseEntity<String> confirm(String user, long previewId) {
		return client.post().uri("/sogn-og-fjordane/population/imports/previews/" + previewId)
			.header(HttpHeaders.AUTHORIZATION, basic(user, password(user)))
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> upload(String user, byte[] content, String fileName, boolean replace) {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		var request = client.post().uri("/sogn-og-fjordane/population/imports?replace=" + replace)
			.contentType(MediaType.MULTIPART_FORM_DATA);
		if (user != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, basic(user, password(user)));
		}
		return request.body(parts).retrieve().toEntity(String.class);
	}

	@Test
	void theSharedFilesAreImportedAtFirstStart() {
		assertThat(population.observedYears()).containsExactly(2020, 2021, 2022);
		JsonNode imports = get("/sogn-og-fjordane/population/imports");
		assertThat(imports.size()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void helseFordeAreaHadTheKnownPopulationAndWorkingAgePerPensioner() {
		assertThat(get("/sogn-og-fjordane/indicators?area=sogn-og-fjordane&year=2020").get("total").asDouble()).isEqualTo(108_404);
		assertThat(get("/sogn-og-fjordane/indicators?area=sogn-og-fjordane&year=2021").get("total").asDouble()).isEqualTo(108_388);
		JsonNode y2022 = get("/sogn-og-fjordane/indicators?area=sogn-og-fjordane&year=2022");
		assertThat(y2022.get("total").asDouble()).isEqualTo(108_472);
		assertThat(y2022.get("observed").asBoolean()).isTrue();
		assertThat(y2022.get("economicallyActivePerPensioner").asDouble()).isCloseTo(3.42, within(0.005));
		assertThat(y2022.get("frailElderly").asDouble()).isCloseTo(0.31 * y2022.get("aged75Plus").asDouble(), within(1e-6));
		assertThat(y2022.get("area").get("municipalities").size()).isEqualTo(18);
		assertThat(get("/sogn-og-fjordane/indicators?area=national&year=2022").get("total").asDouble()).isEqualTo(5_425_270);
	}

	@Test
	void aRegionIsFoundByNameAndItsMunicipalitiesAddUp() {
		JsonNode sogn = get("/sogn-og-fjordane/indicators?area=Sogn&year=2022");
		assertThat(sogn.get("area").get("kind").asString()).isEqualTo("REGION");
		double sum = 0;
		for (JsonNode code : sogn.get("area").get("municipalities")) {
			sum += get("/sogn-og-fjordane/population?municipality=" + code.asString() + "&year=2022").get("total").asDouble();
		}
		assertThat(sogn.get("total").asDouble()).isEqualTo(sum);
	}

	@Test
	void vestfoldsNewMunicipalityNumbersFindTheDataUnderTheOldOnes() {
		JsonNode tonsberg = get("/vestfold/population?municipality=3905&year=2022");
		JsonNode old = get("/vestfold/population?municipality=3803&year=2022");
		assertThat(tonsberg.get("total").asLong()).isEqualTo(old.get("total").asLong()).isGreaterThan(50_000);
		JsonNode vestfold = get("/vestfold/indicators?area=vestfold&year=2030");
		assertThat(vestfold.get("observed").asBoolean()).isFalse();
		assertThat(vestfold.get("total").asDouble()).isGreaterThan(200_000);
	}

	@Test
	void populationBySexAndAgeAsJsonAndCsv() {
		JsonNode sogndal = get("/sogn-og-fjordane/population?municipality=4640&year=2022");
		assertThat(sogndal.get("ages").size()).isEqualTo(106);
		assertThat(sogndal.get("ages").get(105).get("label").asString()).isEqualTo("105+");
		long sum = 0;
		for (JsonNode age : sogndal.get("ages")) {
			sum += age.get("males").asLong() + age.get("females").asLong();
		}
		assertThat(sogndal.get("total").asLong()).isEqualTo(sum);
		ResponseEntity<String> csv = client.get().uri("/sogn-og-fjordane/population?municipality=4640&year=2022")
			.accept(new MediaType("text", "csv")).retrieve().toEntity(String.class);
		assertThat(csv.getHeaders().getContentType().isCompatibleWith(new MediaType("text", "csv"))).isTrue();
		assertThat(csv.getBody().split("\r\n")).hasSize(107).startsWith("municipality;year;age;males;females;total");
		assertThat(client.get().uri("/sogn-og-fjordane/population?municipality=4640&year=1999").retrieve()
			.toEntity(String.class).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void projectsWithEachMethodAndSaysHow() {
		JsonNode change = get("/sogn-og-fjordane/projections?municipality=4640&from=2022&to=2040&method=cohort-change");
		assertThat(change.get("years").size()).isEqualTo(19);
		assertThat(change.get("baseYear").asInt()).isEqualTo(2022);
		assertThat(change.get("years").get(0).get("observed").asBoolean()).isTrue();
		assertThat(change.get("years").get(18).get("observed").asBoolean()).isFalse();
		assertThat(change.get("assumptions").get("pooling").asString()).contains("county");
		assertThat(change.get("dataSource").get("files").size()).isGreaterThanOrEqualTo(3);
		double total2040 = change.get("years").get(18).get("total").asDouble();
		assertThat(total2040).isBetween(8_000.0, 16_000.0);
		// The same request gives the same numbers.
		assertThat(get("/sogn-og-fjordane/projections?municipality=4640&from=2022&to=2040&method=cohort-change")
			.get("years").get(18).get("total").asDouble()).isEqualTo(total2040);

		JsonNode low = get("/sogn-og-fjordane/projections?area=sogn-og-fjordane&to=2040&method=cohort-component&scenario=low");
		JsonNode high = get("/sogn-og-fjordane/projections?area=sogn-og-fjordane&to=2040&method=cohort-component&scenario=high");
		assertThat(high.get("years").get(18).get("total").asDouble()).isGreaterThan(low.get("years").get(18).get("total").asDouble());
		assertThat(high.get("assumptions").get("boysShare").asDouble()).isEqualTo(0.514);

		JsonNode comparison = get("/sogn-og-fjordane/projections/comparison?area=sogn-og-fjordane&to=2030&first=cohort-change&second=cohort-component");
		assertThat(comparison.get("years").size()).isEqualTo(9);

		ResponseEntity<String> noTransition = client.get().uri("/sogn-og-fjordane/projections?municipality=4640&baseYear=2020&to=2030")
			.retrieve().toEntity(String.class);
		assertThat(noTransition.getStatusCode().value()).isEqualTo(400);

		ResponseEntity<String> unknown = client.get().uri("/sogn-og-fjordane/projections?municipality=4640&method=magic")
			.retrieve().toEntity(String.class);
		assertThat(unknown.getStatusCode().value()).isEqualTo(400);
		assertThat(unknown.getHeaders().getContentType().toString()).contains("problem+json");
	}

	@Test
	void aBadRequestExplainsItselfInTheCallersLanguageWithoutJavaInternals() {
		ResponseEntity<String> response = client.get().uri("/sogn-og-fjordane/projections?municipality=4640&from=2030&to=2022")
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.getBody());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("from");
		String detail = problem.get("detail").asString();
		assertThat(detail).isEqualTo(problem.get("errors").get(0).get("message").asString())
			.doesNotContain("FieldProblem").doesNotContain("Ljava").doesNotContain("messageKey");
	}

	@Test
	void aProjectionWithFullSchedulesInTheBodyIsReproducible() {
		double[] fertility = new double[35];
		java.util.Arrays.fill(fertility, 1.6 / 35);
		double[] deaths = new double[106];
		java.util.Arrays.fill(deaths, 0.01);
		deaths[105] = 0.5;
		double[] migration = new double[106];
		migration[25] = 10;
		String body = JSON.writeValueAsString(java.util.Map.of("area", "4640", "from", 2022, "to", 2032, "method",
				"cohort-component", "assumptions", java.util.Map.of("fertilityByAge", fertility, "deathProbabilitiesMale",
						deaths, "deathProbabilitiesFemale", deaths, "netMigrationMale", migration)));
		JsonNode first = post("/sogn-og-fjordane/projections", body);
		assertThat(first.get("assumptions").get("totalFertility").asDouble()).isCloseTo(1.6, within(1e-3));
		assertThat(first.get("assumptions").get("netMigrationPerYear").asDouble()).isEqualTo(10);
		// Sending the echoed parameters back gives the same numbers.
		JsonNode parameters = first.get("parameters");
		String again = JSON.writeValueAsString(java.util.Map.of("area", parameters.get("area").asString(), "from",
				parameters.get("from").asInt(), "to", parameters.get("to").asInt(), "method", parameters.get("method").asString(),
				"baseYear", parameters.get("baseYear").asInt(), "assumptions", parameters.get("assumptions")));
		JsonNode second = post("/sogn-og-fjordane/projections", again);
		assertThat(second.get("years").get(10).get("total").asDouble()).isEqualTo(first.get("years").get(10).get("total").asDouble());

		ResponseEntity<String> invalid = client.post().uri("/sogn-og-fjordane/projections")
			.header(HttpHeaders.AUTHORIZATION, basic("medlem", "samhald-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"area\":\"4640\",\"method\":\"cohort-component\",\"assumptions\":{\"fertilityByAge\":[1,2]}}")
			.retrieve()
			.toEntity(String.class);
		assertThat(invalid.getStatusCode().value()).isEqualTo(400);
		assertThat(invalid.getBody()).contains("fertilityByAge");
	}

	private JsonNode post(String path, String json) {
		ResponseEntity<String> response = client.post().uri(path)
			.header(HttpHeaders.AUTHORIZATION, basic("medlem", "samhald-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
		return JSON.readTree(response.getBody());
	}

	@Test
	void aCoordinatorEntersServiceRatesAndTheFrailShare() {
		String rate = "{\"name\":\"Dagtilbod\",\"baseYear\":2022,\"usersPerThousand\":{\"80-89\":100,\"90+\":200},"
				+ "\"yearlyChange\":0,\"fullTimeEquivalentsPerUser\":0.5}";
		ResponseEntity<String> saved = client.put().uri("/sogn-og-fjordane/services/day-care")
			.header(HttpHeaders.AUTHORIZATION, basic("koordinator", "samhald-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(rate)
			.retrieve()
			.toEntity(String.class);
		assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
		assertThat(JSON.readTree(saved.getBody()).get("version").asInt()).isZero();
		ResponseEntity<String> stale = client.put().uri("/sogn-og-fjordane/services/day-care")
			.header(HttpHeaders.AUTHORIZATION, basic("koordinator", "samhald-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(rate.substring(0, rate.length() - 1) + ",\"version\":7}")
			.retrieve()
			.toEntity(String.class);
		assertThat(stale.getStatusCode().value()).as("a save over a version never stored").isEqualTo(409);
		JsonNode y2022 = get("/sogn-og-fjordane/indicators?area=sogn-og-fjordane&year=2022");
		double users = 0;
		for (JsonNode d : y2022.get("demand")) {
			if (d.get("service").asString().equals("day-care")) {
				users = d.get("users").asDouble();
			}
		}
		assertThat(users).isCloseTo(0.1 * y2022.get("ageGroups").get("80-89").asDouble()
				+ 0.2 * y2022.get("ageGroups").get("90+").asDouble(), within(1e-6));
		ResponseEntity<String> forbidden = client.put().uri("/vestfold/services/day-care")
			.header(HttpHeaders.AUTHORIZATION, basic("koordinator", "samhald-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(rate)
			.retrieve()
			.toEntity(String.class);
		assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
		try {
			client.put().uri("/sogn-og-fjordane/services/frail-share")
				.header(HttpHeaders.AUTHORIZATION, basic("koordinator", "samhald-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"frailShare\":0.25}")
				.retrieve()
				.toEntity(String.class);
			JsonNode changed = get("/sogn-og-fjordane/indicators?area=4640&year=2022");
			assertThat(changed.get("frailElderly").asDouble()).isCloseTo(0.25 * changed.get("aged75Plus").asDouble(), within(1e-6));
		}
		finally {
			client.put().uri("/sogn-og-fjordane/services/frail-share")
				.header(HttpHeaders.AUTHORIZATION, basic("koordinator", "samhald-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"frailShare\":0.31}")
				.retrieve()
				.toEntity(String.class);
		}
	}

	@Test
	void indicatorsAsCsv() {
		ResponseEntity<String> csv = client.get().uri("/sogn-og-fjordane/indicators?area=4640&from=2022&to=2040")
			.accept(new MediaType("text", "csv")).retrieve().toEntity(String.class);
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(csv.getBody().split("\r\n")).hasSize(20);
		assertThat(csv.getBody()).startsWith("area;areaName;year;observed;method;total;age0-5");
	}

	@Test
	void demandFollowsTheCommunitysOwnRates() {
		JsonNode y2030 = get("/sogn-og-fjordane/indicators?area=sogn-og-fjordane&year=2030");
		JsonNode homeCare = null;
		for (JsonNode d : y2030.get("demand")) {
			if (d.get("service").asString().equals("home-care")) {
				homeCare = d;
			}
		}
		assertThat(homeCare).isNotNull();
		assertThat(homeCare.get("fullTimeEquivalents").asDouble()).isCloseTo(0.3 * homeCare.get("users").asDouble(), within(1e-6));
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws IOException {
		ResponseEntity<String> again = upload("admin", Files.readAllBytes(FILES.resolve("population_by_age_sex_2022.csv")),
				"population_by_age_sex_2022.csv", false);
		assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
		JsonNode report = JSON.readTree(again.getBody());
		assertThat(report.get("id").isNull()).isTrue();
		assertThat(report.get("unchangedYears").get(0).asString()).isEqualTo("observed 2022");
		assertThat(report.get("totals").get("observed 2022").asLong()).isEqualTo(5_425_270);
		assertThat(report.get("municipalities").asInt()).isEqualTo(356);
	}

	@Test
	void aYearWithOtherNumbersIsRefusedUnlessReplacedAfterAPreview() throws IOException {
		byte[] original = Files.readAllBytes(FILES.resolve("population_by_age_sex_2022.csv"));
		byte[] changed = new String(original, StandardCharsets.ISO_8859_1)
			.replace("\"K-4640 Sogndal\";\"Males\";\"0 years\";", "\"K-4640 Sogndal\";\"Males\";\"0 years\";1")
			.getBytes(StandardCharsets.ISO_8859_1);
		long before = population.observed("4640", 2022).total();
		ResponseEntity<String> refused = upload("admin", changed, "changed.csv", false);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(population.observed("4640", 2022).total()).isEqualTo(before);
		try {
			ResponseEntity<String> previewed = upload("admin", changed, "changed.csv", true);
			assertThat(previewed.getStatusCode().value()).as(previewed.getBody()).isEqualTo(200);
			JsonNode preview = JSON.readTree(previewed.getBody());
			assertThat(preview.get("replacedYears").get(0).asString()).isEqualTo("observed 2022");
			assertThat(change(preview, "Sogn og Fjordane helsefellesskap").get("before").asLong()).isEqualTo(108_472);
			long added = change(preview, "4640 Sogndal").get("after").asLong() - change(preview, "4640 Sogndal").get("before").asLong();
			assertThat(added).isPositive();
			assertThat(change(preview, "Sogn og Fjordane helsefellesskap").get("after").asLong()).isEqualTo(108_472 + added);
			assertThat(population.observed("4640", 2022).total()).as("nothing is stored before the confirmation").isEqualTo(before);
			assertThat(confirm("koordinator", preview.get("id").asLong()).getStatusCode().value()).isEqualTo(403);
			ResponseEntity<String> replaced = confirm("admin", preview.get("id").asLong());
			assertThat(replaced.getStatusCode().value()).as(replaced.getBody()).isEqualTo(201);
			assertThat(population.observed("4640", 2022).total()).isEqualTo(before + added);
			assertThat(confirm("admin", preview.get("id").asLong()).getStatusCode().value()).as("a preview is confirmed once")
				.isEqualTo(404);
		}
		finally {
			replace(original, "population_by_age_sex_2022.csv");
		}
		assertThat(population.observed("4640", 2022).total()).isEqualTo(before);
	}

	private static JsonNode change(JsonNode preview, String area) {
		for (JsonNode change : preview.get("changes")) {
			if (change.get("area").asString().equals(area)) {
				return change;
			}
		}
		throw new AssertionError("no change for " + area + " in " + preview);
	}

	/**
	 * Issue #8: a file with two municipalities for a new year was stored as that year's population,
	 * so that Sogn og Fjordane's newest population read 14 773 and the other municipalities could not
	 * be projected. It is refused whole, saying how many municipalities are missing.
	 */
	@Test
	void aFileWithTwoMunicipalitiesForANewYearIsRefusedAndNothingIsStored() {
		String file = "\"07459: Population\"\r\n\r\n\"region\";\"sex\";\"age\";\"Persons 2024\"\r\n"
				+ rows("K-4640 Sogndal", 55) + rows("K-4602 Kinn", 14);
		ResponseEntity<String> refused = upload("admin", file.getBytes(StandardCharsets.ISO_8859_1), "two.csv", false);
		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("message").asString())
			.startsWith("Folketalet for 2024 manglar 354 kommunar av landet (0301 Oslo, 1101 Eigersund,")
			.contains("ingenting er importert");
		assertThat(population.observedYears()).containsExactly(2020, 2021, 2022);
		assertThat(get("/sogn-og-fjordane/indicators?area=sogn-og-fjordane").get(0).get("total").asDouble()).isEqualTo(108_472);
		assertThat(get("/sogn-og-fjordane/projections?municipality=4649&to=2030").get("years").size()).isEqualTo(9);
	}

	/** A municipality's single-year ages for both sexes, {@code perAge} persons each. */
	private static String rows(String region, int perAge) {
		var text = new StringBuilder();
		for (String sex : new String[] { "Males", "Females" }) {
			for (int a = 0; a <= 105; a++) {
				text.append('"').append(region).append("\";\"").append(sex).append("\";\"")
					.append(a == 105 ? "105 years or older" : a == 1 ? "1 year" : a + " years").append("\";").append(perAge)
					.append("\r\n");
			}
		}
		return text.toString();
	}

	@Test
	void aBrokenFileIsRejectedWithLineColumnAndValue() {
		String file = "\"07459: Population\"\r\n\r\n\"region\";\"sex\";\"age\";\"Persons 2019\"\r\n"
				+ "\"K-9999 Nowhere\";\"Males\";\"0 years\";12\r\n" + "\"K-4640 Sogndal\";\"Males\";\"1 year\";-3\r\n";
		ResponseEntity<String> response = upload("admin", file.getBytes(StandardCharsets.ISO_8859_1), "broken.csv", false);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
		JsonNode errors = JSON.readTree(response.getBody()).get("errors");
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(4);
		assertThat(errors.get(0).get("column").asString()).isEqualTo("region");
		assertThat(errors.get(0).get("value").asString()).isEqualTo("K-9999 Nowhere");
		assertThat(errors.get(0).get("message").asString()).isEqualTo("Linje 4, kolonne «region»: «K-9999 Nowhere» er ikkje eit kjent kommunenummer.");
		assertThat(errors.get(1).get("kind").asString()).isEqualTo("NEGATIVE_COUNT");
		assertThat(population.observedYears()).doesNotContain(2019);
	}

	@Test
	void aRawBodyImportsToo() throws IOException {
		ResponseEntity<String> response = client.post()
			.uri("/sogn-og-fjordane/population/imports?fileName=population_by_age_sex_2021.csv")
			.header(HttpHeaders.AUTHORIZATION, basic("admin", "samhald-admin"))
			.contentType(new MediaType("text", "csv"))
			.body(Files.readAllBytes(FILES.resolve("population_by_age_sex_2021.csv")))
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
		assertThat(JSON.readTree(response.getBody()).get("totals").get("observed 2021").asLong()).isEqualTo(5_391_369);
	}

	@Test
	void onlyAnAdministratorOfTheInstallationImports() {
		byte[] any = "x".getBytes(StandardCharsets.UTF_8);
		// Without credentials the CSRF check (browser sessions) or the sign-in requirement stops it.
		assertThat(upload(null, any, "a.csv", false).getStatusCode().value()).isIn(401, 403);
		assertThat(upload("medlem", any, "a.csv", false).getStatusCode().value()).isEqualTo(403);
		// A coordinator neither imports nor replaces: the store is every community's.
		assertThat(upload("koordinator", any, "a.csv", false).getStatusCode().value()).isEqualTo(403);
		assertThat(upload("koordinator", any, "a.csv", true).getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void anOfficialProjectionIsImportedAndComparable() {
		var text = new StringBuilder("\"14288: Projected population\"\r\n\r\n\"region\";\"sex\";\"age\";\"contents\";\"year\";\"Persons\"\r\n");
		for (String sex : new String[] { "Males", "Females" }) {
			for (int a = 0; a <= 105; a++) {
				for (int year = 2023; year <= 2030; year++) {
					text.append("\"K-4640 Sogndal\";\"").append(sex).append("\";\"").append(a == 105 ? "105 years or older" : a + " years")
						.append("\";\"Main alternative (MMMM)\";\"").append(year).append("\";60\r\n");
				}
			}
		}
		ResponseEntity<String> response = upload("admin", text.toString().getBytes(StandardCharsets.ISO_8859_1), "14288.csv", false);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(200, 201);
		assertThat(JSON.readTree(response.getBody()).get("kind").asString()).isEqualTo("OFFICIAL_PROJECTION");
		JsonNode official = get("/sogn-og-fjordane/projections?municipality=4640&from=2022&to=2030&method=ssb");
		assertThat(official.get("years").get(8).get("total").asDouble()).isEqualTo(2 * 106 * 60);
		JsonNode comparison = get("/sogn-og-fjordane/projections/comparison?municipality=4640&from=2022&to=2030&first=cohort-change&second=ssb");
		assertThat(comparison.get("years").get(8).get("secondTotal").asDouble()).isEqualTo(2 * 106 * 60);
		assertThat(comparison.get("years").get(0).get("totalDifference").asDouble()).isZero();
	}

}
