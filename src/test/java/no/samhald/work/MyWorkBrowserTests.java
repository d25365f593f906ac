package no.samhald.work;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Api;
import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Mitt arbeid" page as the hospital's contact and as the coordinator, and the coordinator's overdue summary. */
@SamhaldTest
class MyWorkBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void theHospitalsContactFindsMyWorkInTheHeaderWithTheRowsOfTheApiAndMakesACalendarAddress() {
		signIn("sjukehus").open("/sogn-og-fjordane");
		browser.afterPageChange(() -> browser.find(".account a[href='/my-work']").click());
		assertThat(browser.text("h1")).isEqualTo("Mitt arbeid");
		assertThat(linksOnPage()).isEqualTo(linksInApi("sjukehus"));
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("my-work-partner-contact");

		browser.clickAndWait("form[action='/my-work/calendar-feed'] button");
		String address = browser.find("#feed-url").getAttribute("value");
		assertThat(address).matches("http://localhost:\\d+/my-work/calendar-feed/[A-Za-z0-9_-]{43}\\.ics");
		String path = address.substring(address.indexOf("/my-work"));
		assertThat(new Api(port).get(path).body()).startsWith("BEGIN:VCALENDAR");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.clickAndWait("form[action='/my-work/calendar-feed'] button");
		assertThat(browser.find("#feed-url").getAttribute("value")).isNotEqualTo(address);
		assertThat(new Api(port).get(path).status()).isEqualTo(404);
	}

	@Test
	void theCoordinatorSeesEveryKindOfWorkAndTheOverdueCountsOnTheFrontPage() {
		signIn("koordinator").open("/my-work?lang=en");
		assertThat(browser.text("h1")).isEqualTo("My work");
		assertThat(browser.text("#tasks")).contains("Deviation to answer", "Overdue");
		assertThat(linksOnPage()).isEqualTo(linksInApi("koordinator"));
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("my-work-coordinator");

		browser.open("/sogn-og-fjordane?lang=nn");
		assertThat(browser.text(".overdue-summary h2")).isEqualTo("Over fristen");
		List<WebElement> counts = browser.findAll(".overdue-summary a");
		// one count per kind: deviations, minutes, measures, agreements, collections, consultation rounds
		assertThat(counts).hasSize(6);
		assertThat(counts.get(0).getText()).endsWith("avvik utan svar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.afterPageChange(counts.get(0)::click);
		assertThat(browser.text("h1")).isEqualTo("Avvik som ikkje er svara på innan fristen");
		assertThat(browser.findAll("tbody tr")).isNotEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void theFrontPageShowsNoOverdueSummaryToAMember() {
		signIn("medlem").open("/sogn-og-fjordane");
		assertThat(browser.findAll(".overdue-summary")).isEmpty();
		browser.open("/my-work");
		assertThat(browser.findAll("#no-tasks").isEmpty() ? browser.text("#tasks") : browser.text("#no-tasks"))
			.isNotBlank();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	private List<String> linksOnPage() {
		return browser.findAll("#tasks a.task-link").stream().map(a -> a.getAttribute("href"))
			.map(href -> href.substring(href.indexOf('/', "http://".length())))
			.toList();
	}

	private List<String> linksInApi(String username) {
		var json = new Api(port).as(username, "samhald-demo").get("/api/v1/me/tasks").json();
		return StreamSupport.stream(json.spliterator(), false).map(t -> t.get("link").asString()).toList();
	}

	private Browser signIn(String username) {
		browser.reset().signIn(username, "samhald-demo");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account .who .name")));
		return browser;
	}

}
