package no.samhald.deviation;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class DeviationPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@Autowired
	Deviations deviations;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@AfterEach
	void signOutOfTheTestThread() {
		SecurityContextHolder.clearContext();
	}

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aMemberReportsInNynorskAFoedselsnummerIsRefusedWithTheTextKeptAndACoordinatorAnswers() {
		String reference = "Synergi 2026-" + UUID.randomUUID().toString().substring(0, 6);
		signIn("medlem").open("/sogn-og-fjordane/deviations/new");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		fillIn("Kinn kommune", "Førde sentralsjukehus", "Pasient 15076500565 kom heim utan epikrise.", reference);
		browser.clickAndWait("form.form button[type=submit]");

		assertThat(browser.text(".error-summary")).contains("fødselsnummer");
		assertThat(browser.text("#description-error")).contains("fødselsnummer eller D-nummer");
		assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Pasient 15076500565 kom heim utan epikrise.");
		assertThat(browser.find("#reporterReference").getAttribute("value")).isEqualTo(reference);
		assertThat(new Select(browser.find("#receivingPartnerId")).getFirstSelectedOption().getText())
			.isEqualTo("Førde sentralsjukehus");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("deviation-form-refused");

		browser.find("#description").clear();
		browser.find("#description").sendKeys("Pasienten kom heim utan epikrise; heimesjukepleia var ikkje varsla.");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text(".alert.success")).contains("Avviket er sendt til Førde sentralsjukehus");
		String detailPath = browser.currentPath().replace("?reported", "");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		signIn("koordinator").open(detailPath);
		browser.find("#answer").sendKeys("Utskrivinga skjedde utan at rutinen for varsling vart følgd.");
		browser.find("#improvementMeasure").sendKeys("Sjekkliste for utskriving er innført på sengeposten.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("deviation-answer-form");
		browser.find("#answer").submit();
		assertThat(browser.text(".alert.success")).contains("Svaret er lagra");

		signIn("medlem").open("/sogn-og-fjordane/deviations");
		assertThat(browser.text("h1")).isEqualTo("Mine avvik");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open(detailPath);
		assertThat(browser.text("#deviation-answer")).contains("Sjekkliste for utskriving er innført på sengeposten.");
	}

	@Test
	void theHospitalsContactFindsWhatHelseFordeReceivedAndAnswersItButCannotCloseIt() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Deviation received = reportAsMember(community, "Kinn kommune", "Helse Førde");
		String detailPath = "/sogn-og-fjordane/deviations/" + received.id();

		signIn("sjukehus").open("/sogn-og-fjordane/deviations?receiver=" + partnerNamed(community, "Helse Førde").id());
		assertThat(browser.text("h1")).isEqualTo("Avvik for partnaren din");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.clickAndWait("a[href='" + detailPath + "']");
		assertThat(browser.currentPath()).isEqualTo(detailPath);
		assertThat(browser.pageText()).contains("Som kontaktperson for Helse Førde");
		assertThat(browser.findAll("form[action$='/close']")).isEmpty();
		browser.find("#answer").sendKeys("Meldinga om utskriving vart send til feil eining i kommunen.");
		browser.find("#improvementMeasure").sendKeys("Adresseregisteret for kommunane er oppdatert.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#answer").submit();
		assertThat(browser.text(".alert.success")).contains("Svaret er lagra");
		assertThat(browser.text("#deviation-answer")).contains("Adresseregisteret for kommunane er oppdatert.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		signIn("kinn").open(detailPath);
		assertThat(browser.text("#deviation-answer")).contains("Adresseregisteret for kommunane er oppdatert.");
		assertThat(browser.findAll("#answer")).isEmpty();
	}

	@Test
	void aMemberReportsInBokmaal() {
		signIn("medlem").open("/sogn-og-fjordane/deviations/new?lang=nb");
		assertThat(browser.pageText()).contains("Dato for hendelsen", "Hva skjedde?");
		fillIn("Sogndal kommune", "Lærdal sjukehus", "Fødselsnummer 31129945616 i teksten.",
				"Synergi 2026-" + UUID.randomUUID().toString().substring(0, 6));
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text("#description-error")).contains("Teksten ser ut til å inneholde et fødselsnummer");
		browser.find("#description").clear();
		browser.find("#description").sendKeys("Legemiddellisten stemte ikke med det pasienten fikk.");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text(".alert.success")).contains("Avviket er sendt til Lærdal sjukehus");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void theCoordinatorSeesEveryReportWithOverdueOnesMarked() {
		signIn("koordinator").open("/sogn-og-fjordane/deviations");
		assertThat(browser.findAll("tbody tr")).hasSizeGreaterThanOrEqualTo(40);
		assertThat(browser.text("tbody")).contains("Over fristen");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("deviation-list");
	}

	@Test
	void theStatisticsArePublicWithChartsAndTablesAndHideSmallCounts() {
		browser.open("/sogn-og-fjordane/deviations/statistics");
		assertThat(browser.findAll("figure svg[role=img]")).hasSize(2);
		assertThat(browser.findAll("table.table")).hasSize(5);
		assertThat(browser.findAll("td.number")).allSatisfy(cell -> assertThat(cell.getText()).doesNotMatch("[1-4]"));
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("deviation-statistics");
	}

	@Test
	void thePublicIsAskedToSignInToReport() {
		browser.open("/sogn-og-fjordane/deviations");
		assertThat(browser.text(".panel h2")).isEqualTo("Logg inn for å melde eller sjå avvik");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.open("/sogn-og-fjordane/deviations/new");
		assertThat(browser.currentPath()).startsWith("/login");
	}

	@Test
	void aCoordinatorWhoseColleagueAnsweredFirstSeesWhatChangedAndKeepsTheirText() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Deviation deviation = reportAsMember(community, "Stad kommune", "Nordfjord sjukehus");

		signIn("koordinator").open("/sogn-og-fjordane/deviations/" + deviation.id());
		browser.find("#answer").sendKeys("Mitt svar: meldinga gjekk til feil eining.");
		runAs("koordinator", Role.COORDINATOR);
		var colleague = new AnswerDeviation("Kollegaen sitt svar.", null, deviation.version());
		deviations.answer(community, deviation.id(), colleague);
		SecurityContextHolder.clearContext();
		browser.find("#answer").submit();

		assertThat(browser.text(".alert.warning")).contains("Nokon andre har endra dette", "Svar",
				"Lagra svar no: Kollegaen sitt svar.");
		assertThat(browser.find("#answer").getAttribute("value")).isEqualTo("Mitt svar: meldinga gjekk til feil eining.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#answer").submit();
		assertThat(browser.text(".alert.success")).contains("Svaret er lagra");
		assertThat(browser.text("#deviation-answer")).contains("Mitt svar: meldinga gjekk til feil eining.");
	}

	@Test
	void anAnswerToAReportClosedMeanwhileIsRefusedWithTheTextKept() {
		Community community = communities.bySlug("sogn-og-fjordane");
		Deviation deviation = reportAsMember(community, "Fjaler kommune", "Førde sentralsjukehus");
		signIn("koordinator").open("/sogn-og-fjordane/deviations/" + deviation.id());
		browser.find("#answer").sendKeys("Svar som kom for seint.");
		runAs("koordinator", Role.COORDINATOR);
		deviations.close(community, deviation.id(), deviation.version());
		SecurityContextHolder.clearContext();
		browser.find("#answer").submit();

		assertThat(browser.text(".error-summary")).contains("Avviket er lukka og kan ikkje svarast på.");
		assertThat(browser.find("#answer").getAttribute("value")).isEqualTo("Svar som kom for seint.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	private Deviation reportAsMember(Community community, String from, String to) {
		runAs("medlem", Role.MEMBER);
		var report = new ReportDeviation(partnerNamed(community, from).id(), partnerNamed(community, to).id(),
				deviations.today().minusDays(1), DeviationCategory.COMMUNICATION, null,
				"Melding om innlegging kom ikkje fram til heimetenesta.", "Heimetenesta køyrde forgjeves til pasienten.",
				"Synergi 2026-" + UUID.randomUUID().toString().substring(0, 6));
		return deviations.report(community, report);
	}

	@Test
	void theReportFormAndTheStatisticsFitAPhone() {
		var window = browser.driver().manage().window();
		var desktop = window.getSize();
		try {
			window.setSize(new Dimension(390, 844));
			signIn("medlem").open("/sogn-og-fjordane/deviations/new");
			assertThat(horizontalOverflow()).isFalse();
			browser.screenshot("deviation-form-phone");
			browser.open("/sogn-og-fjordane/deviations/statistics");
			assertThat(horizontalOverflow()).isFalse();
			browser.screenshot("deviation-statistics-phone");
		}
		finally {
			window.setSize(desktop);
		}
	}

	private boolean horizontalOverflow() {
		return (Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
	}

	private Partner partnerNamed(Community community, String name) {
		return partners.all(community.id()).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	private static void runAs(String username, Role role) {
		var user = new SignedInUser(username, "unused", false, username, role, "sogn-og-fjordane");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	/** Signs in afresh and waits until the signed-in page has loaded, so the next page is not opened mid-login. */
	private Browser signIn(String username) {
		browser.reset().signIn(username, "samhald-demo");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account .who .name")));
		return browser;
	}

	private void fillIn(String from, String to, String description, String reference) {
		new Select(browser.find("#reportingPartnerId")).selectByVisibleText(from);
		new Select(browser.find("#receivingPartnerId")).selectByVisibleText(to);
		// A date input's typing order depends on the browser's locale; set its ISO value as a date picker would.
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find("#eventDate"), java.time.LocalDate.now().minusDays(3).toString());
		new Select(browser.find("#category")).selectByIndex(1);
		browser.find("#description").sendKeys(description);
		browser.find("#consequence").sendKeys("Forseinka oppfølging.");
		browser.find("#reporterReference").sendKeys(reference);
	}

}
