package no.samhald.consultation;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo rounds as the public gets them over HTTP: Vestfold's public round on Handlingsplan 2025
 * with its joint statement and answers as PDF and DOCX (read back with PDFBox and POI) and as JSON;
 * Sogn og Fjordane's closed round not at all.
 */
@SamhaldTest
class ConsultationDocumentsAndApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theJointStatementAndThePublicRoundsAnswersDownloadAsPdfAndDocx() throws Exception {
		String base = "/vestfold/consultations/" + round("vestfold");

		String statement = pdfText(body(base + "/statement.pdf"));
		assertThat(statement).contains("Handlingsplan 2025 – innspill", "Samla innspel",
				"Innspillene støtter de fire innsatsområdene");
		try (var docx = new XWPFDocument(new ByteArrayInputStream(body(base + "/answers.docx")))) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("Hvilke tiltak bør prioriteres først", "Sykehuset i Vestfold",
					"Felles rutine for utskrivningsklare pasienter", "Larvik kommune (etter fristen)");
		}
		assertThat(pdfText(body(base + "/answers.pdf"))).contains("Færre tiltak med tydelig eier.");
	}

	@Test
	void theApiGivesThePublicAPublicRoundWithItsSubmittedAnswersAndNothingOfAClosedOne() throws Exception {
		long vestfold = round("vestfold");
		String list = new String(body("/api/v1/communities/vestfold/consultations"));
		assertThat(list).contains("\"title\":\"Handlingsplan 2025 – innspill\"").doesNotContain("\"answers\":[");
		String one = new String(body("/api/v1/communities/vestfold/consultations/" + vestfold));
		assertThat(one).contains("\"respondentName\":\"Sykehuset i Vestfold\"", "\"late\":true",
				"\"documentKind\":\"ACTION_PLAN\"");

		long sogn = round("sogn-og-fjordane");
		assertThat(new String(body("/api/v1/communities/sogn-og-fjordane/consultations"))).doesNotContain("delavtale 3");
		assertThat(send("/api/v1/communities/sogn-og-fjordane/consultations/" + sogn).statusCode()).isEqualTo(404);
		assertThat(send("/sogn-og-fjordane/consultations/" + sogn + "/statement.pdf").statusCode()).isEqualTo(404);
	}

	private long round(String community) {
		return jdbc.sql("select min(k.id) from consultation k join community c on c.id = k.community_id where c.slug = :slug")
			.param("slug", community).query(Long.class).single();
	}

	private static String pdfText(byte[] body) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(body)) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private HttpResponse<byte[]> send(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "samhald-lang=nn")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private byte[] body(String path) throws Exception {
		HttpResponse<byte[]> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
