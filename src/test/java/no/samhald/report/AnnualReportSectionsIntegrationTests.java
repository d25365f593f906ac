package no.samhald.report;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.SamhaldTest;
import no.samhald.collection.CollectionResult;
import no.samhald.collection.CollectionResults;
import no.samhald.collection.Collections;
import no.samhald.collection.DataCollection;
import no.samhald.collection.FieldResult;
import no.samhald.collection.ResultCell;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual report's deviation statistics, collections' results and the coordinator's words for
 * each section, downloaded as the public would and read back with PDFBox and POI: small counts
 * stay hidden in every format, and the words stand in the page, the PDF and the DOCX.
 */
@SamhaldTest
class AnnualReportSectionsIntegrationTests {

	private static final String HIDDEN = "skjult";

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	Collections collections;

	@Autowired
	CollectionResults collectionResults;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theYearsDeviationsAreCountedByCategoryAndSideAndAnswerWithSmallCountsHidden() throws Exception {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		Map<String, Long> byCategory = countsOf2025(sogn, "category");
		long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
		assertThat(total).as("demo deviations of 2025").isGreaterThanOrEqualTo(5);
		assertThat(byCategory.values()).as("a small count the report must hide").anyMatch(n -> n > 0 && n < 5);

		try (var docx = docx("/sogn-og-fjordane/reports/annual/2025/report.docx")) {
			XWPFTable categories = tableHeaded(docx, "Kategori", "Tal på avvik");
			byCategory.forEach((category, count) -> {
				String label = label("deviation.category." + category);
				if (count > 0 && count < 5) {
					assertThat(cellAfter(categories, label)).as(label).isEqualTo(HIDDEN);
				}
				else if (!cellAfter(categories, label).equals(HIDDEN)) {
					assertThat(cellAfter(categories, label)).as(label).isEqualTo(String.valueOf(count));
				}
			});
			for (String[] headers : List.of(new String[] { "Meldande partnar", "Tal på avvik" },
					new String[] { "Mottakande partnar", "Tal på avvik" }, new String[] { "Svar", "Tal på avvik" })) {
				XWPFTable table = tableHeaded(docx, headers[0], headers[1]);
				assertThat(numbersIn(table)).as(headers[0]).noneMatch(n -> n > 0 && n < 5);
			}
			assertThat(new XWPFWordExtractor(docx).getText()).contains("Samhandlingsavvik", "Svara innan fristen",
					"Spesialisthelsetenesta");
		}
		String pdf = pdfText(get("/sogn-og-fjordane/reports/annual/2025/report.pdf"));
		assertThat(pdf).contains("Samhandlingsavvik i 2025 etter kategori", "Samhandlingsavvik i 2025 etter om svaret kom innan fristen",
				HIDDEN);
	}

	@Test
	void theDemosAnnualReportOf2024HasDeviationsOfEveryKindAnsweredInTime() {
		for (String slug : List.of("sogn-og-fjordane", "vestfold")) {
			Community community = communities.bySlug(slug);
			var of2024 = jdbc.sql("""
					select count(*) as reports, count(distinct category) as categories, count(distinct reporting_partner_type) as sides,
					       count(*) filter (where status in ('ANSWERED', 'CLOSED') and answered_on <= answer_due) as inTime
					from deviation where community_id = :c and extract(year from event_date) = 2024
					""").param("c", community.id()).query((rs, n) -> new long[] { rs.getLong("reports"),
							rs.getLong("categories"), rs.getLong("sides"), rs.getLong("inTime") }).single();
			assertThat(of2024[0]).as(slug + ": reports of 2024").isGreaterThanOrEqualTo(6);
			assertThat(of2024[1]).as(slug + ": categories").isGreaterThan(3);
			assertThat(of2024[2]).as(slug + ": both sides report").isGreaterThanOrEqualTo(2);
			assertThat(of2024[3]).as(slug + ": all answered in time").isEqualTo(of2024[0]);
			String report = annualReports.annualReport(community, 2024, Locale.forLanguageTag("nn")).plainText();
			assertThat(report).doesNotContain("Ingen samhandlingsavvik med hending i 2024");
		}
		assertThat(annualReports.annualReport(communities.bySlug("sogn-og-fjordane"), 2024, Locale.forLanguageTag("nn"))
			.plainText()).containsPattern("Svara innan fristen [1-9]\\d").contains("Svara etter fristen 0");
	}

	@Test
	void aYearWithoutDeviationsSaysSoAndAYearWithoutCollectionsHasNoCollectionsSection() {
		Community vestfold = communities.bySlug("vestfold");
		ReportDocument report = annualReports.annualReport(vestfold, 2019, Locale.forLanguageTag("nn"));
		assertThat(report.sections()).extracting(ReportDocument.Section::id).contains("deviations")
			.doesNotContain("collections");
		assertThat(report.plainText()).contains("Ingen samhandlingsavvik med hending i 2019 er melde.");
	}

	@Test
	void theClosedCollectionsOfTheYearShowTotalsAndRegionsAsTheirResultsDoWithSensitiveCountsHidden() throws Exception {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		DataCollection beds = collections.all(sogn.id()).stream().filter(c -> c.period().equals("2024-Q3")).findFirst()
			.orElseThrow();
		CollectionResult result = collectionResults.of(sogn.id(), beds.id());
		FieldResult patients = result.fields().get(0);
		assertThat(patients.field().sensitive()).isTrue();
		assertThat(patients.regions()).as("a region hidden by suppression").anyMatch(ResultCell::suppressed);
		assertThat(collections.all(sogn.id())).as("the open collection of 2025").anyMatch(c -> c.period().equals("2025") && c.isOpen());

		try (var docx = docx("/sogn-og-fjordane/reports/annual/2024/report.docx")) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("Kartleggingar", "Bemanning og innleige 2024 (2024)",
					beds.title() + " (2024-Q3)", result.answered() + " av " + result.asked() + " spurde partnarar svara.");
			XWPFTable table = docx.getTables().stream()
				.filter(t -> t.getRows().size() > 1 && t.getRow(1).getCell(0).getText().startsWith(patients.field().labelNn()))
				.skip(2).findFirst().orElseThrow(); // Q1, Q2, then Q3
			XWPFTableRow row = table.getRow(1);
			List<String> headers = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
			assertThat(row.getCell(1).getText()).isEqualTo(shown(patients.total()));
			for (ResultCell region : patients.regions()) {
				int column = headers.indexOf("Region " + region.label());
				assertThat(row.getCell(column).getText()).as(region.label()).isEqualTo(shown(region));
			}
		}
		assertThat(annualReports.annualReport(sogn, 2025, Locale.forLanguageTag("nn")).sections())
			.extracting(ReportDocument.Section::id).as("2025's collection is still open").doesNotContain("collections");
	}

	@Test
	void aNumberInAReportTableStaysOnOneLineInThePdf() throws Exception {
		// The staffing collection's money totals run to eight digits in a narrow column; wrapped at
		// its group spaces, "37 896 000" read as three numbers.
		String lines;
		try (PDDocument pdf = Loader.loadPDF(get("/sogn-og-fjordane/reports/annual/2024/report.pdf"))) {
			lines = new PDFTextStripper().getText(pdf);
		}
		var money = java.util.regex.Pattern.compile("(?m)^.*\\b\\d{1,3}( \\d{3}){2,}\\b.*$").matcher(lines);
		assertThat(money.find()).as("a number of millions on one line").isTrue();
		assertThat(lines).as("no line ends in a number group that the next line continues")
			.doesNotContainPattern("(?m)\\b\\d{1,3}\\s*\\n\\d{3}( \\d{3})*\\s*$");
	}

	@Test
	void theCoordinatorsWordsForASectionLeadItInPageApiPdfAndDocx() throws Exception {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		String deviationWords = "Avvika viser at utskrivingane må betrast " + UUID.randomUUID();
		String eventWords = "Konferansane samla mange " + UUID.randomUUID();
		signInAsCoordinatorOf("sogn-og-fjordane");
		AnnualText seen = annualReports.text(sogn, 2024);
		annualReports.saveText(sogn, 2024, new SaveAnnualText(seen.introduction(), seen.closing(),
				Map.of("deviations", deviationWords, "events", eventWords, "noSuchSection", "Kjem aldri fram"),
				seen.version()));
		AnnualText saved = annualReports.text(sogn, 2024);
		assertThat(saved.sectionTexts()).containsEntry("deviations", deviationWords).doesNotContainKey("noSuchSection");
		SecurityContextHolder.clearContext();

		String page = new String(get("/sogn-og-fjordane/reports/annual/2024"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(deviationWords, eventWords).doesNotContain("Kjem aldri fram");
		assertThat(page.indexOf(deviationWords)).isGreaterThan(page.indexOf("id=\"h-deviations\""));
		String pdf = pdfText(get("/sogn-og-fjordane/reports/annual/2024/report.pdf"));
		assertThat(pdf).contains(deviationWords, eventWords);
		assertThat(pdf.indexOf(eventWords)).isGreaterThan(pdf.indexOf("Konferansar og samlingar"));
		try (var docx = docx("/sogn-og-fjordane/reports/annual/2024/report.docx")) {
			var paragraphs = docx.getParagraphs().stream().map(p -> p.getText()).toList();
			int heading = paragraphs.indexOf("Samhandlingsavvik");
			assertThat(heading).isNotNegative();
			assertThat(paragraphs.get(heading + 1)).isEqualTo(deviationWords);
		}

		// a section not on the form keeps its words; a blank one removes them
		signInAsCoordinatorOf("sogn-og-fjordane");
		annualReports.saveText(sogn, 2024, new SaveAnnualText(saved.introduction(), saved.closing(),
				Map.of("events", " "), saved.version()));
		assertThat(annualReports.text(sogn, 2024).sectionTexts()).containsEntry("deviations", deviationWords)
			.doesNotContainKey("events");
	}

	@Test
	void aStaleEditOfASectionsWordsIsRefusedAndNamesTheSection() {
		Community vestfold = communities.bySlug("vestfold");
		signInAsCoordinatorOf("vestfold");
		AnnualText seen = annualReports.text(vestfold, 2032);
		var first = new SaveAnnualText("", "", Map.of("projects", "Først"), seen.version());
		var second = new SaveAnnualText("", "", Map.of("projects", "Andre", "grants", ""), seen.version());
		annualReports.saveText(vestfold, 2032, first);
		assertThatThrownBy(() -> annualReports.saveText(vestfold, 2032, second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(second.fieldsChangedIn(annualReports.text(vestfold, 2032))).containsExactly("projects");
	}

	@Test
	void aSectionsWordsMayNotCarryAnIdentityNumber() {
		Community vestfold = communities.bySlug("vestfold");
		signInAsCoordinatorOf("vestfold");
		AnnualText seen = annualReports.text(vestfold, 2033);
		assertThatThrownBy(() -> annualReports.saveText(vestfold, 2033,
				new SaveAnnualText("", "", Map.of("projects", "Gjeld pasient 15076500565"), seen.version())))
			.isInstanceOf(InvalidInputException.class);
		assertThat(annualReports.text(vestfold, 2033).sectionTexts()).isEmpty();
	}

	private String label(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("nn"));
	}

	private Map<String, Long> countsOf2025(Community community, String column) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("select " + column + " as key, count(*) as n from deviation where community_id = :c"
				+ " and extract(year from event_date) = 2025 group by 1")
			.param("c", community.id())
			.query((rs, n) -> Map.entry(rs.getString("key"), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private static String shown(ResultCell cell) {
		return cell.suppressed() ? HIDDEN : ReportTexts.number(cell.number());
	}

	private static List<Long> numbersIn(XWPFTable table) {
		var numbers = new ArrayList<Long>();
		for (XWPFTableRow row : table.getRows()) {
			String text = row.getCell(1).getText();
			if (text.matches("\\d+")) {
				numbers.add(Long.parseLong(text));
			}
		}
		return numbers;
	}

	private static XWPFTable tableHeaded(XWPFDocument docx, String first, String second) {
		return docx.getTables().stream()
			.filter(t -> t.getRow(0).getCell(0).getText().equals(first) && t.getRow(0).getCell(1).getText().equals(second))
			.findFirst().orElseThrow(() -> new AssertionError("no table headed " + first));
	}

	private static String cellAfter(XWPFTable table, String rowHeader) {
		for (XWPFTableRow row : table.getRows()) {
			if (row.getCell(0).getText().equals(rowHeader)) {
				return row.getCell(1).getText();
			}
		}
		throw new AssertionError("no row " + rowHeader);
	}

	private XWPFDocument docx(String path) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(get(path)));
	}

	private static String pdfText(byte[] body) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(body)) {
			// lines wrap inside table cells; what matters is the words in order
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private byte[] get(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "samhald-lang=nn")
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static void signInAsCoordinatorOf(String community) {
		var user = new SignedInUser("koordinator", "", false, "koordinator", Role.COORDINATOR, community);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
