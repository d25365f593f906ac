package no.samhald.deviation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class DeviationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	@Autowired
	Deviations deviations;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSignedInMemberReportsADeviationAndGetsItsAddress() throws Exception {
		var response = post("medlem:samhald-demo", body("Utskriven utan epikrise.", "Synergi 2026-7001"));
		assertThat(response.statusCode()).isEqualTo(201);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("/api/v1/communities/sogn-og-fjordane/deviations/\\d+");
		assertThat(response.body()).contains("\"status\":\"RECEIVED\"", "\"answerDue\":\"" + deviations.today().plusWeeks(3));

		var read = send(HttpRequest.newBuilder(uri(location)).header("Authorization", basic("medlem:samhald-demo")).GET());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Synergi 2026-7001");
	}

	@Test
	void aFoedselsnummerIsRefusedAsProblemJsonWithTheFieldAndAReasonInTheLanguageAsked() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/communities/sogn-og-fjordane/deviations"))
			.header("Authorization", basic("medlem:samhald-demo"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "nb")
			.POST(HttpRequest.BodyPublishers.ofString(body("Gjelder 15076500565.", "Synergi 2026-7002"))));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"description\"").contains("fødselsnummer");
	}

	@Test
	void reportingNeedsSignIn() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/communities/sogn-og-fjordane/deviations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body("Tekst.", "Synergi 1"))));
		// Without credentials the CSRF protection of browser sessions refuses first (403); either way nothing is stored.
		assertThat(response.statusCode()).isIn(401, 403);
	}

	@Test
	void aCoordinatorOfAnotherCommunityCannotReportHere() throws Exception {
		var response = post("vestfold:samhald-demo", body("Tekst.", "Synergi 2026-7003"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void theStatisticsArePublicAndShowNoCountOfOneToFour() throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/communities/sogn-og-fjordane/deviations/statistics")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"categories\"", "\"quarters\"", "\"receivingSides\"", "\"suppressed\"")
			.doesNotContainPattern("\"count\":[1-4][,}]");
	}

	private HttpResponse<String> post(String credentials, String json) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/communities/sogn-og-fjordane/deviations"))
			.header("Authorization", basic(credentials))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String body(String description, String reference) {
		long community = communities.bySlug("sogn-og-fjordane").id();
		return """
				{"reportingPartnerId": %d, "receivingPartnerId": %d, "eventDate": "%s", "category": "DISCHARGE",
				 "patientGroup": "FRAIL_ELDERLY", "description": "%s", "consequence": "Forseinka oppfølging.",
				 "reporterReference": "%s"}
				""".formatted(partner(community, "Kinn").id(), partner(community, "Førde sentralsjukehus").id(),
				deviations.today().minusDays(1), description, reference);
	}

	private Partner partner(long community, String name) {
		return partners.all(community).stream().filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst().orElseThrow();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
