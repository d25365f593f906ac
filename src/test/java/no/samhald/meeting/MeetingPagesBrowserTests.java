package no.samhald.meeting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.partnership.Forum;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator prepares a meeting, puts a case on the agenda, records the decision, gets the
 * minutes approved and downloads them as PDF; every page on the way passes axe.
 */
@SamhaldTest
class MeetingPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MeetingFixtures fixtures;

	Browser browser;

	Forum forum;

	@BeforeEach
	void freshBrowserAndForum() {
		browser = new Browser(port).reset();
		forum = fixtures.forumWithMembers();
	}

	@Test
	void aCoordinatorPreparesAMeetingRecordsADecisionAndGetsTheMinutesApprovedAsPdf() throws Exception {
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/meetings/new");
		accessible("meeting-form");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());
		assertThat(browser.text(".error-summary")).contains("Må fyllast ut");
		accessible("meeting-form-errors");

		browser.find("#forumId option[value='" + forum.id() + "']").click();
		set("#date", "2025-03-04");
		set("#startTime", "10:00");
		set("#endTime", "09:00");
		browser.find("#place").sendKeys("Førde, Helse Førde");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());
		assertThat(browser.text("#endTime-error")).contains("slutte etter");
		assertThat(browser.find("#place").getAttribute("value")).isEqualTo("Førde, Helse Førde");
		set("#endTime", "12:00");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());

		assertThat(browser.currentPath()).matches("/sogn-og-fjordane/meetings/\\d+\\?saved");
		String meetingPath = browser.currentPath().replace("?saved", "");
		assertThat(browser.text("#meeting-status")).isEqualTo("Planlagt");
		accessible("meeting");

		PageLoads.after(browser, () -> browser.find("#new-case").click());
		accessible("case-form");
		browser.find("#title").sendKeys("Mandat for samhandlingsprosjektet");
		browser.find("#proposal").sendKeys("Utvalet godkjenner mandatet for samhandlingsprosjektet.");
		PageLoads.after(browser, () -> browser.find("form.form button[type=submit]").click());
		assertThat(browser.text("h1")).contains(forum.label() + " 1/2025", "Mandat for samhandlingsprosjektet");
		accessible("case");

		PageLoads.after(browser, () -> browser.find("#record-decision").click());
		assertThat(browser.text("#decision")).isEqualTo("Utvalet godkjenner mandatet for samhandlingsprosjektet.");

		browser.open(meetingPath + "/notice");
		assertThat(browser.pageText()).contains("Mandat for samhandlingsprosjektet");
		accessible("notice");

		browser.open(meetingPath);
		PageLoads.after(browser, () -> browser.find("#status-HELD").click());
		assertThat(browser.text("#meeting-status")).isEqualTo("Gjennomført");
		PageLoads.after(browser, () -> browser.find("#minutes-link").click());
		accessible("minutes-draft");
		while (!browser.findAll("ul.approvals form button").isEmpty()) {
			PageLoads.after(browser, () -> browser.findAll("ul.approvals form button").get(0).click());
		}
		assertThat(browser.text("#minutes-state")).startsWith("Godkjend");
		accessible("minutes-approved");

		String minutesPdf = browser.find("#minutes-pdf").getAttribute("href");
		String text;
		try (PDDocument pdf = Loader.loadPDF(get(minutesPdf, browser).body())) {
			text = new PDFTextStripper().getText(pdf);
			assertThat(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked())
				.as("tagged PDF").isTrue();
			assertThat(pdf.getDocumentInformation().getTitle()).contains("Protokoll");
		}
		assertThat(text).contains("Protokoll frå møte i " + forum.name(), forum.label() + " 1/2025",
				"Utvalet godkjenner mandatet for samhandlingsprosjektet.", "godkjent");

		HttpResponse<byte[]> docx = get(browser.driver().getCurrentUrl().replaceAll("/minutes.*", "/minutes.docx"), browser);
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(new String(docx.body(), 0, 2)).isEqualTo("PK");
	}

	@Test
	void theCalendarFeedOfAForumIsValidICalendar() throws Exception {
		fixtures.signInAsCoordinator();
		try {
			fixtures.plan(forum, LocalDate.of(2025, 3, 4));
			fixtures.plan(forum, LocalDate.of(2025, 7, 1));
		}
		finally {
			MeetingFixtures.signOut();
		}
		browser.open("/sogn-og-fjordane/calendar?period=all&forum=" + forum.id());
		accessible("calendar");
		assertThat(browser.findAll("tbody tr")).hasSize(2);

		HttpResponse<byte[]> response = get("http://localhost:" + port + "/sogn-og-fjordane/calendar/forums/" + forum.id()
				+ ".ics", null);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		String raw = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(raw).contains("\r\n").doesNotContain("\n\n");
		assertThat(raw.split("\r\n")).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
		List<String> lines = unfold(raw);
		assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
		assertThat(lines).contains("VERSION:2.0", "END:VCALENDAR");
		assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
		// 10:00 in Norway in winter is 09:00 UTC, in summer 08:00 UTC
		assertThat(lines).contains("DTSTART:20250304T080000Z", "DTSTART:20250701T070000Z");
		assertThat(lines).anyMatch(l -> l.startsWith("SUMMARY:" + forum.label()));
		assertThat(lines).anyMatch(l -> l.equals("X-WR-CALNAME:SFHF – " + forum.name()));
	}

	@Test
	void theDecisionLogAndTheAnchoringTrailAreReadableWithoutSigningIn() {
		browser.open("/sogn-og-fjordane/decisions?q=rekruttering");
		assertThat(browser.text("ol.hits")).contains("rekruttering");
		accessible("decisions");
		browser.open("/sogn-og-fjordane/matters");
		accessible("matters");
		// other tests add matters of their own; this one is the demo matter of seed 002
		PageLoads.after(browser, () -> browser.findAll("ul.link-list a").stream()
			.filter(a -> a.getText().startsWith("Mandat for samhandlingsprosjektet"))
			.findFirst().orElseThrow().click());
		assertThat(browser.findAll("#timeline li")).hasSize(7);
		assertThat(browser.text("#timeline")).contains("KS Helse- og omsorgsutvalet", "Strategisk samarbeidsutval", "Vedteke");
		accessible("matter");
		PageLoads.after(browser, () -> browser.findAll("#timeline li a").get(0).click());
		assertThat(browser.find("#timeline li.current")).isNotNull();
		accessible("case-public");
		browser.open("/sogn-og-fjordane/meetings");
		accessible("meetings");
	}

	@Test
	void theMeetingListIsPagedByKeyboardAndKeepsItsFilter() {
		fixtures.signInAsCoordinator();
		try {
			for (int day = 1; day <= 5; day++) {
				fixtures.plan(forum, LocalDate.of(2025, 4, day));
			}
		}
		finally {
			MeetingFixtures.signOut();
		}
		browser.open("/sogn-og-fjordane/meetings?forum=" + forum.id() + "&size=2");
		assertThat(dates()).containsExactly("05.04.2025 09:00", "04.04.2025 09:00");
		assertThat(browser.find("nav.pagination").getDomAttribute("aria-label")).isNotBlank();
		assertThat(browser.find("nav.pagination a[aria-current=page]").getText()).isEqualTo("1");
		accessible("meetings-paged");
		PageLoads.after(browser, () -> {
			browser.driver().findElement(org.openqa.selenium.By.cssSelector("nav.pagination a[rel=next]"))
				.sendKeys(org.openqa.selenium.Keys.ENTER);
		});
		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane/meetings?forum=" + forum.id() + "&size=2&page=2");
		assertThat(dates()).containsExactly("03.04.2025 09:00", "02.04.2025 09:00");
		assertThat(browser.find("nav.pagination a[aria-current=page]").getText()).isEqualTo("2");
		assertThat(browser.find("#forum option:checked").getDomProperty("value")).isEqualTo(forum.id().toString());
		browser.open("/sogn-og-fjordane/meetings?forum=" + forum.id() + "&size=2&page=banan");
		assertThat(dates()).containsExactly("05.04.2025 09:00", "04.04.2025 09:00");
		browser.open("/sogn-og-fjordane/meetings?forum=" + forum.id() + "&size=2&page=-4");
		assertThat(dates()).containsExactly("05.04.2025 09:00", "04.04.2025 09:00");
		browser.open("/sogn-og-fjordane/meetings?forum=" + forum.id() + "&size=2&page=40");
		assertThat(dates()).containsExactly("01.04.2025 09:00");
	}

	private List<String> dates() {
		return browser.findAll("tbody tr td:first-child a").stream().map(a -> a.getText()).toList();
	}

	private void accessible(String screenshot) {
		assertThat(browser.seriousAccessibilityViolations()).as(screenshot).isEmpty();
		browser.screenshot("meeting-" + screenshot);
	}

	/** Date and time inputs take keys in the browser's locale; setting the value is locale-free. */
	private void set(String css, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private static HttpResponse<byte[]> get(String url, Browser session) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(url)).GET();
		// Sessions are Spring Session JDBC sessions: their cookie is SESSION.
		if (session != null) {
			var cookie = session.driver().manage().getCookieNamed("SESSION");
			request.header("Cookie", "SESSION=" + cookie.getValue());
		}
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response;
	}

	/** RFC 5545 3.1: a line starting with a space continues the one before. */
	private static List<String> unfold(String raw) {
		var lines = new ArrayList<String>();
		for (String line : raw.split("\r\n")) {
			if (line.startsWith(" ") && !lines.isEmpty()) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
			}
			else {
				lines.add(line);
			}
		}
		return lines;
	}

}
