package no.samhald.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public finds the status report of an action plan from the reports page and downloads it as
 * PDF; a coordinator writes the introduction of an annual report, with a too-long text coming back
 * with the error beside it. Every page passes axe, on a desktop and on a phone.
 */
@SamhaldTest
class ReportPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	ActionPlans plans;

	@Autowired
	AnnualReports annualReports;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void thePublicReadsTheStatusOfAnActionPlanAndDownloadsItAsPdf() throws Exception {
		ActionPlan plan = plans.all(communities.bySlug("vestfold").id()).stream()
			.filter(p -> p.title().equals("Handlingsplan 2024")).findFirst().orElseThrow();
		browser.open("/vestfold/reports");
		accessible("index");
		assertThat(browser.text("main")).contains("Årsmelding 2026", "Status for Handlingsplan 2024");

		browser.clickAndWait("h3 a[href$='/reports/action-plans/" + plan.id() + "']");
		accessible("action-plan");
		assertThat(browser.text("h1")).isEqualTo("Status for Handlingsplan 2024");
		// Vestfold writes Bokmål.
		assertThat(browser.text("table")).contains("Pågående", "Totalt");
		browser.phoneSize();
		accessible("action-plan-phone");
		browser.desktopSize();

		String href = browser.find("a[href$='/report.pdf']").getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Status for Handlingsplan 2024");
			assertThat(new PDFTextStripper().getText(document)).contains("Vitality", "Kompetansebroen");
		}
	}

	@Test
	void aCoordinatorWritesTheIntroductionOfTheAnnualReport() {
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/reports");
		browser.type("#year", "20x5").submit("form.year-picker");
		assertThat(browser.text("#year-error")).contains("fire siffer");
		assertThat(browser.value("#year")).isEqualTo("20x5");
		accessible("year-error");
		browser.setValue("#year", "2025");
		browser.submit("form.year-picker");
		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane/reports/annual/2025");
		accessible("annual");
		assertThat(browser.text("main")).contains("Årsmelding 2025", "Faste arbeidsoppgåver og møteplassar", "Vedtak");

		browser.clickAndWait("a[href$='/reports/annual/2025/edit']");
		accessible("texts-form");
		String tooLong = "x".repeat(8001);
		browser.setValue("#introduction", tooLong);
		browser.submit("form.form");
		assertThat(browser.text("#introduction-error")).contains("Må vere mellom");
		assertThat(browser.value("#introduction")).hasSize(8001);
		accessible("texts-form-error");

		String intro = "Eit godt år for samhandlinga " + UUID.randomUUID();
		browser.setValue("#introduction", intro);
		browser.submit("form.form");
		assertThat(browser.text(".alert.success")).isNotBlank();
		assertThat(browser.text("main")).contains("Innleiing", intro);
		accessible("annual-with-introduction");
	}

	@Test
	void whenSomeoneElseSavedTheTextsFirstTheFormSaysWhatChangedAndKeepsWhatWasTyped() {
		var sogn = communities.bySlug("sogn-og-fjordane");
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/reports/annual/2023/edit");
		var user = new SignedInUser("koordinator", "", false, "koordinator", Role.COORDINATOR, "sogn-og-fjordane");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		String theirClosing = "Skrive av ein annan " + UUID.randomUUID();
		try {
			AnnualText stored = annualReports.text(sogn, 2023);
			annualReports.saveText(sogn, 2023, new SaveAnnualText(stored.introduction(), theirClosing, stored.version()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String mine = "Min innleiing " + UUID.randomUUID();
		browser.setValue("#introduction", mine);
		browser.submit("form.form");
		assertThat(browser.text(".alert.warning")).contains("Avsluttande ord");
		assertThat(browser.text(".stored-texts")).contains(theirClosing);
		assertThat(browser.value("#introduction")).isEqualTo(mine);
		accessible("texts-conflict");
		browser.submit("form.form");
		assertThat(browser.text("main")).contains(mine);
	}

	@Test
	void aCoordinatorWritesWordsForTheDeviationsOfTheAnnualReportBesideItsStatisticsAndCollections() {
		var sogn = communities.bySlug("sogn-og-fjordane");
		browser.signIn("koordinator", "samhald-demo");
		browser.open("/sogn-og-fjordane/reports/annual/2025#h-deviations");
		assertThat(browser.text("section[aria-labelledby='h-deviations']")).contains("Spesialisthelsetenesta", "skjult");
		accessible("annual-deviations");
		browser.open("/sogn-og-fjordane/reports/annual/2024#h-collections");
		assertThat(browser.text("section[aria-labelledby='h-collections']")).contains("Bemanning og innleige 2024 (2024)",
				"skjult");
		accessible("annual-collections");

		browser.open("/sogn-og-fjordane/reports/annual/2024/edit");
		String deviations = sectionField("deviations");
		assertThat(browser.text("label[for='" + deviations + "']")).isEqualTo("Samhandlingsavvik");
		browser.setValue("[id='" + deviations + "']", "x".repeat(4001));
		browser.submit("form.form");
		assertThat(browser.text("#section-deviations-error")).contains("Må vere mellom");
		accessible("texts-form-section-error");

		String words = "Færre avvik ved utskriving enn i fjor " + UUID.randomUUID();
		browser.setValue("[id='" + deviations + "']", words);
		browser.submit("form.form");
		assertThat(browser.text(".alert.success")).isNotBlank();
		assertThat(browser.text("section[aria-labelledby='h-deviations']")).startsWith("Samhandlingsavvik\n" + words);

		// someone else changes the collections' words while this coordinator has the form open
		browser.open("/sogn-og-fjordane/reports/annual/2024/edit");
		String theirs = "Skrive av ein annan " + UUID.randomUUID();
		asCoordinator(() -> {
			AnnualText stored = annualReports.text(sogn, 2024);
			annualReports.saveText(sogn, 2024, new SaveAnnualText(stored.introduction(), stored.closing(),
					java.util.Map.of("collections", theirs), stored.version()));
		});
		browser.setValue("[id='" + sectionField("collections") + "']", "Mine ord om kartleggingane");
		browser.submit("form.form");
		assertThat(browser.text(".alert.warning")).contains("Kartleggingar");
		assertThat(browser.text(".stored-texts")).contains(theirs);
		accessible("texts-section-conflict");
	}

	/** The id of the text field of a section, found by the section's id sent hidden beside it. */
	private String sectionField(String section) {
		return browser.find("input[type=hidden][value='" + section + "']").getAttribute("name").replace(".section", ".text");
	}

	private void asCoordinator(Runnable action) {
		var user = new SignedInUser("koordinator", "", false, "koordinator", Role.COORDINATOR, "sogn-og-fjordane");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void accessible(String screenshot) {
		assertThat(browser.seriousAccessibilityViolations()).as(screenshot).isEmpty();
		browser.screenshot("report-" + screenshot);
	}

}
