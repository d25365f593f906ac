package no.samhald.agreement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison, the API and the matrix as the public reads them over HTTP. */
@SamhaldTest
class AgreementTextHttpIntegrationTests {

	private static final String API = "/api/v1/communities/sogn-og-fjordane/agreements/";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiGivesAVersionWithItsSectionsAndTheDiffPerSection() throws Exception {
		long framework = framework();
		long from = versionId(framework, "2021");
		long to = versionId(framework, "Revisjon 2025");

		HttpResponse<String> version = get(API + framework + "/versions/" + from, "nn");
		assertThat(version.statusCode()).isEqualTo(200);
		assertThat(version.body()).contains("\"label\":\"2021\"", "\"level\":\"PARAGRAPH\"", "\"number\":\"3.1\"",
				"\"heading\":\"Partnarskapsmøtet\"");

		HttpResponse<String> diff = get(API + framework + "/diff?from=" + from + "&to=" + to, "nn");
		assertThat(diff.statusCode()).isEqualTo(200);
		assertThat(diff.body()).contains("\"change\":\"ADDED\",\"number\":\"3.5\",\"heading\":\"Sekretariat\"",
				"\"change\":\"UNCHANGED\"", "\"change\":\"CHANGED\"", "\"evaluere\"");
	}

	@Test
	void aBadVersionIsAProblemInTheCallersLanguage() throws Exception {
		long framework = framework();
		HttpResponse<String> missing = get(API + framework + "/versions/999999999?lang=en", "en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(missing.body()).contains("Page not found");

		HttpResponse<String> noTo = get(API + framework + "/diff?from=" + versionId(framework, "2021"), "nn");
		assertThat(noTo.statusCode()).isEqualTo(400);
		assertThat(get(API + framework + "/diff?from=x&to=1", "nn").statusCode()).isEqualTo(400);
		// A version of another agreement is not one of this agreement's.
		long other = jdbc.sql("select min(id) from agreement where id <> :f and community_id = "
				+ "(select community_id from agreement where id = :f)").param("f", framework).query(Long.class).single();
		assertThat(get(API + other + "/versions/" + versionId(framework, "2021"), "nn").statusCode()).isEqualTo(404);
	}

	@Test
	void theComparisonPageMarksChangesWithInsAndDelAndThePdfReadsBack() throws Exception {
		long framework = framework();
		String base = "/sogn-og-fjordane/agreements/" + framework + "/compare?from=" + versionId(framework, "2021")
				+ "&to=" + versionId(framework, "Revisjon 2025");

		String side = get(base, "nn").body();
		assertThat(side).contains("<caption>", "<ins>", "Lagt til:", "Sekretariat", "Nytt");
		String inline = get(base + "&view=inline", "nn").body();
		assertThat(inline).contains("<del>", "<ins>", "compare-inline");

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + base.replace("/compare?", "/compare.pdf?"))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Endringar i Overordna samarbeidsavtale", "Sekretariat", "(Nytt)");
			assertThat(text).containsPattern("\\[\\+[^\\]]*trygge").containsPattern("\\[−[^\\]]*utvikle");
		}
	}

	@Test
	void theMatrixIsATableOfAgreementsAgainstPartnersLinkedFromTheAgreements() throws Exception {
		assertThat(get("/sogn-og-fjordane/agreements", "nn").body()).contains("/sogn-og-fjordane/agreements/implementation");
		String matrix = get("/sogn-og-fjordane/agreements/implementation", "nn").body();
		assertThat(matrix).contains("<caption>Implementering: ", "<th scope=\"col\">Helse Førde</th>",
				"<th scope=\"row\">", "Implementert", "I gang");
	}

	private long framework() {
		return jdbc.sql("select a.id from agreement a join community c on c.id = a.community_id "
				+ "where c.slug = 'sogn-og-fjordane' and a.kind = 'FRAMEWORK'").query(Long.class).single();
	}

	private long versionId(long agreement, String label) {
		return jdbc.sql("select id from agreement_version where agreement_id = :a and label = :l")
			.param("a", agreement).param("l", label).query(Long.class).single();
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
	}

}
