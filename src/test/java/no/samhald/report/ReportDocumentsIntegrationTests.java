package no.samhald.report;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.PlanStatusCounts;
import no.samhald.plan.StatusCounts;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reports downloaded as a member of the public would, read back with PDFBox and POI. */
@SamhaldTest
class ReportDocumentsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	ActionPlans plans;

	@Autowired
	PlanStatusCounts statusCounts;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theStatusReportOfVestfoldsActionPlan2024ListsAreasMeasuresStatusesAndCounts() throws Exception {
		Community vestfold = communities.bySlug("vestfold");
		ActionPlan plan = plans.all(vestfold.id()).stream().filter(p -> p.title().equals("Handlingsplan 2024"))
			.findFirst().orElseThrow();
		StatusCounts counts = plans.statusCounts(vestfold.id(), plan.id());
		// the reports count in one query; it must agree with counting the plan's measures one by one
		assertThat(statusCounts.ofPlan(vestfold.id(), plan.id())).isEqualTo(counts);
		assertThat(PlanStatusCounts.of(statusCounts.byPlan(vestfold.id()), plan.id())).isEqualTo(counts);
		String base = "/vestfold/reports/action-plans/" + plan.id() + "/report";

		String pdf = pdfText(get(base + ".pdf"));
		assertThat(pdf).contains("Status for Handlingsplan 2024", "Samandrag", "1. Skrøpelige eldre og multisyke",
				"Vitality", "Pågåande", "Fullført", "Avslutta", "Fagutvalg for fastlegetjenesten er etablert.",
				"20.11.2024");
		assertThat(pdf).containsPattern("I alt\\s+" + counts.total());

		try (var docx = new XWPFDocument(new ByteArrayInputStream(get(base + ".docx")))) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("Status for Handlingsplan 2024", "Ung Arena", "Ikkje starta", "Har startet.");
			assertThat(docx.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("Samandrag"));
			assertThat(docx.getStyles().getStyle("Heading1")).isNotNull();
			XWPFTable summary = docx.getTables().get(0);
			assertThat(cellAfter(summary, "Pågåande")).isEqualTo(String.valueOf(counts.of(MeasureStatus.IN_PROGRESS)));
			assertThat(cellAfter(summary, "Fullført")).isEqualTo(String.valueOf(counts.of(MeasureStatus.COMPLETED)));
			assertThat(cellAfter(summary, "I alt")).isEqualTo(String.valueOf(counts.total()));
		}
	}

	@Test
	void theAnnualReportCountsThePublicMeetingsAndDecisionsOfTheYearAndShowsTheCoordinatorsWords() throws Exception {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		String intro = "Innleiing " + UUID.randomUUID();
		String closing = "Takk for samarbeidet " + UUID.randomUUID();
		signInAsCoordinatorOf("sogn-og-fjordane");
		annualReports.saveText(sogn, 2024, new SaveAnnualText(intro, closing, annualReports.text(sogn, 2024).version()));
		SecurityContextHolder.clearContext();

		long meetingsHeld = jdbc.sql("""
				select count(*) from meeting where community_id = :c and public_meeting
				  and status in ('HELD', 'MINUTES_APPROVED') and extract(year from starts_at) = 2024
				""").param("c", sogn.id()).query(Long.class).single();
		long publicDecisions = jdbc.sql("""
				select count(*) from meeting_case c join meeting m on m.id = c.meeting_id
				where c.community_id = :c and c.decision is not null and c.year = 2024
				  and m.public_meeting and m.status = 'MINUTES_APPROVED' and not c.exempt
				""").param("c", sogn.id()).query(Long.class).single();
		assertThat(meetingsHeld).isPositive();

		String pdf = pdfText(get("/sogn-og-fjordane/reports/annual/2024/report.pdf"));
		assertThat(pdf).contains("Årsmelding 2024", intro, closing, "Faste arbeidsoppgåver og møteplassar",
				"Prosjekt og utviklingsarbeid", "Tilskot og bruk av midlar", "Konferansar og samlingar",
				"Til saman heldt dei " + meetingsHeld + " møte", "Forumma gjorde " + publicDecisions + " vedtak");
		assertThat(pdf.indexOf(intro)).isLessThan(pdf.indexOf("Vedtak")).isLessThan(pdf.indexOf(closing));

		try (var docx = new XWPFDocument(new ByteArrayInputStream(get("/sogn-og-fjordane/reports/annual/2024/report.docx")))) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("Årsmelding 2024", intro, closing, "Forumma gjorde " + publicDecisions + " vedtak");
			assertThat(cellAfter(tableHeaded(docx, "Møte haldne"), "I alt")).isEqualTo(String.valueOf(meetingsHeld));
		}
	}

	@Test
	void aStaleEditOfTheAnnualTextsIsRefused() {
		Community vestfold = communities.bySlug("vestfold");
		signInAsCoordinatorOf("vestfold");
		AnnualText seen = annualReports.text(vestfold, 2031);
		var first = new SaveAnnualText("Først", seen.closing(), seen.version());
		var second = new SaveAnnualText("Andre", seen.closing(), seen.version());
		annualReports.saveText(vestfold, 2031, first);
		assertThatThrownBy(() -> annualReports.saveText(vestfold, 2031, second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(second.fieldsChangedIn(annualReports.text(vestfold, 2031))).containsExactly("introduction");
	}

	@Test
	void unknownPlansAndYearsOutsideTheRangeAreNotFound() throws Exception {
		assertThat(status("/vestfold/reports/action-plans/999999999")).isEqualTo(404);
		assertThat(status("/vestfold/reports/annual/1700")).isEqualTo(404);
		assertThat(status("/api/v1/communities/vestfold/reports/annual/1700")).isEqualTo(404);
	}

	@Test
	void thePdfIsTaggedAndTitledAndComesInTheReadersLanguage() throws Exception {
		Community vestfold = communities.bySlug("vestfold");
		ActionPlan plan = plans.all(vestfold.id()).get(0);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/vestfold/reports/action-plans/"
				+ plan.id() + "/report.pdf")).header("Cookie", "samhald-lang=en").build();
		byte[] body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
		try (PDDocument pdf = Loader.loadPDF(body)) {
			assertThat(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked())
				.as("tagged PDF").isTrue();
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Status of " + plan.title());
			assertThat(new PDFTextStripper().getText(pdf)).contains("Number of measures by status", "Total");
		}
	}

	@Test
	void onlyACoordinatorMayWriteTheAnnualTexts() throws Exception {
		assertThat(status("/sogn-og-fjordane/reports/annual/2024/edit")).isIn(302, 401, 403);
	}

	@Test
	void theApiGivesTheReportAsJsonWithTheKindOfEachBlock() throws Exception {
		String json = new String(get("/api/v1/communities/sogn-og-fjordane/reports/annual/2024"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains("\"title\":\"Årsmelding 2024\"", "\"kind\":\"Table\"", "\"kind\":\"Paragraph\"",
				"\"communityName\":\"Sogn og Fjordane helsefellesskap\"");
	}

	private static XWPFTable tableHeaded(XWPFDocument docx, String header) {
		return docx.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals(header)).findFirst()
			.orElseThrow();
	}

	private static String cellAfter(XWPFTable table, String rowHeader) {
		for (XWPFTableRow row : table.getRows()) {
			if (row.getCell(0).getText().contains(rowHeader)) {
				return row.getCell(1).getText();
			}
		}
		throw new AssertionError("no row " + rowHeader);
	}

	private static String pdfText(byte[] body) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(body)) {
			// lines wrap inside table cells; what matters is the words in order
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private HttpResponse<byte[]> send(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "samhald-lang=nn")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private byte[] get(String path) throws Exception {
		HttpResponse<byte[]> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private int status(String path) throws Exception {
		return send(path).statusCode();
	}

	private static void signInAsCoordinatorOf(String community) {
		var user = new SignedInUser("koordinator", "", false, "koordinator", Role.COORDINATOR, community);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}


}
