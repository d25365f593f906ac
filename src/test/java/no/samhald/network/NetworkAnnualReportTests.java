package no.samhald.network;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's section on the learning network, downloaded as the public would and read
 * back with PDFBox and POI: 2025 has the 16 teams from 13 municipalities and Helse Førde, and the
 * leaders' gathering with its 120 participants and 12 teams; Vestfold, without a network, has no section.
 */
@SamhaldTest
class NetworkAnnualReportTests {

	private static final String HEADING = "Læringsnettverket gode pasientforløp";

	private static final String SUMMARY = "16 team frå 13 kommunar og Helse Førde tok del i læringsnettverket i 2025.";

	@LocalServerPort
	int port;

	@Test
	void thePdfOfTheYearHasTheNetworksTeamsAndGatherings() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(get("/sogn-og-fjordane/reports/annual/2025/report.pdf"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(HEADING, SUMMARY,
					"Nettverkssamling for strategisk og administrativ leiing 12.03.2025 120 12");
		}
	}

	@Test
	void theDocxOfTheYearHasTheSectionAndItsTableOfGatherings() throws Exception {
		try (var docx = new XWPFDocument(new ByteArrayInputStream(get("/sogn-og-fjordane/reports/annual/2025/report.docx")))) {
			assertThat(new XWPFWordExtractor(docx).getText()).contains(HEADING, SUMMARY);
			assertThat(docx.getParagraphs()).anyMatch(p -> p.getText().equals(HEADING) && p.getStyle() != null
					&& p.getStyle().startsWith("Heading"));
			XWPFTable gatherings = docx.getTables().stream()
				.filter(t -> cells(t, 0).equals(List.of("Samling", "Dato", "Deltakarar", "Team som kom")))
				.findFirst().orElseThrow();
			assertThat(gatherings.getRows()).hasSize(2);
			assertThat(cells(gatherings, 1)).containsExactly("Nettverkssamling for strategisk og administrativ leiing",
					"12.03.2025", "120", "12");
		}
	}

	@Test
	void aCommunityWithoutANetworkHasNoSection() throws Exception {
		try (var docx = new XWPFDocument(new ByteArrayInputStream(get("/vestfold/reports/annual/2025/report.docx")))) {
			assertThat(new XWPFWordExtractor(docx).getText()).doesNotContain(HEADING);
		}
	}

	private static List<String> cells(XWPFTable table, int row) {
		return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
	}

	private byte[] get(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "samhald-lang=nn")
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
