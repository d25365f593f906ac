package no.samhald.collection;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.security.AccountsForTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner contact answers a collection through the API (created, corrected, stale, refused),
 * and the results come back suppressed as JSON, CSV and JSON-stat.
 */
@SamhaldTest
class CollectionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Collections collections;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theKinnContactAnswersSubmitsCorrectsAndMeetsStaleVersionsAndBadValues() throws Exception {
		long id = defineCollection("API-test");
		long kinn = partner("4602").id();
		String url = "/api/v1/communities/sogn-og-fjordane/collections/" + id + "/answers/" + kinn;

		var created = put("kinn", url, "{\"values\":{\"0\":\"3\",\"1\":\"1 250 000,50\"},\"submit\":false}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"DRAFT\"", "\"value\":\"1250000.5\"", "\"enteredBy\":\"kinn\"");

		int draft = version(created.body());
		var submitted = put("kinn", url, "{\"values\":{\"0\":\"4\",\"1\":\"1250000.5\",\"2\":\"Ja\"},\"submit\":true,\"version\":" + draft + "}");
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(submitted.body()).contains("\"status\":\"SUBMITTED\"");
		assertThat(version(submitted.body())).isGreaterThan(draft);

		var stale = put("kinn", url, "{\"values\":{\"0\":\"5\"},\"submit\":true,\"version\":" + draft + "}");
		assertThat(stale.statusCode()).isEqualTo(409);

		var bad = put("kinn", url, "{\"values\":{\"0\":\"mange\",\"1\":\"-4\",\"2\":\"kanskje\"},\"submit\":true,\"version\":"
				+ version(submitted.body()) + "}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(bad.body()).contains("\"field\":\"values[0]\"", "\"field\":\"values[1]\"", "\"field\":\"values[2]\"");

		var otherPartner = put("kinn", "/api/v1/communities/sogn-og-fjordane/collections/" + id + "/answers/"
				+ partner("4635").id(), "{\"values\":{\"0\":\"1\"},\"submit\":false}");
		assertThat(otherPartner.statusCode()).isEqualTo(403);
	}

	@Test
	void resultsHideSmallCountsOfASensitiveFieldInJsonCsvAndJsonStat() throws Exception {
		long id = defineCollection("Resultat-test");
		signInAs("koordinator");
		Community sogn = sogn();
		collections.saveAnswer(sogn, id, partner("4602").id(), new SaveAnswer(java.util.Map.of(0, "40", 1, "100", 2, "ja"), true, null));
		collections.saveAnswer(sogn, id, partner("4635").id(), new SaveAnswer(java.util.Map.of(0, "2", 1, "50", 2, "nei"), true, null));
		collections.saveAnswer(sogn, id, partner("4640").id(), new SaveAnswer(java.util.Map.of(0, "30", 1, "70", 2, "ja"), true, null));
		signOut();
		String base = "/api/v1/communities/sogn-og-fjordane/collections/" + id + "/results";

		var json = get(base);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"answered\":3", "\"number\":220",
				"\"label\":\"" + partner("4635").name() + "\",\"number\":null,\"text\":null,\"suppressed\":true");
		var csv = get(base + "?format=csv");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("partner;" + partner("4635").id() + ";" + partner("4635").name() + ";;..");
		var jsonStat = get(base + "?format=json-stat");
		assertThat(jsonStat.body()).contains("\"version\":\"2.0\"", "\"class\":\"dataset\"", "\"id\":[\"area\",\"field\"]",
				"\"..\"");
	}

	private static int version(String json) {
		var matcher = java.util.regex.Pattern.compile("\"version\":(\\d+)").matcher(json);
		assertThat(matcher.find()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private long defineCollection(String title) {
		signInAs("koordinator");
		List<Long> asked = List.of(partner("4602").id(), partner("4635").id(), partner("4640").id());
		var fields = List.of(
				new CollectionField(FieldKind.INTEGER, "Pasientar", "Pasienter", null, "pasientar", null, BigDecimal.ZERO,
						BigDecimal.valueOf(1000), null, true),
				new CollectionField(FieldKind.MONEY, "Innleige", "Innleie", null, "kr", null, BigDecimal.ZERO, null, null, false),
				new CollectionField(FieldKind.YES_NO, "Vikarbyrå", "Vikarbyrå", null, null, null, null, null, null, false));
		long id = collections.define(sogn(), new DefineCollection(title, "2025", collections.today().plusDays(30), asked,
				fields, null)).id();
		signOut();
		return id;
	}

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private Partner partner(String code) {
		return partners.all(sogn().id()).stream().filter(p -> code.equals(p.municipalityCode())).findFirst().orElseThrow();
	}

	private void signInAs(String username) {
		SignedInUser user = AccountsForTests.signedIn(context, username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private HttpResponse<String> put(String username, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":samhald-demo").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
