package no.samhald.insight.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

/**
 * The scenario pages in a browser, without serious accessibility faults: a member moves the
 * assumptions, sees chart, table and backtest, saves the scenario and lands on its link, which says
 * the numbers are reproduced; then compares it with a demo scenario.
 */
@SamhaldTest
class ScenarioPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aMemberTriesSavesOpensAndComparesAScenario() {
		browser.signIn("medlem", "samhald-demo").open("/sogn-og-fjordane/insight/scenarios?lang=en");
		browser.choose("#area", "Nordfjord").type("#netMigrationPerYear", "150").type("#changeYear", "2025");
		browser.submit("#scenario-form");
		assertThat(browser.currentPath()).contains("netMigrationPerYear=150", "changeYear=2025");
		waitForChart("#chart-scenario-total");
		assertThat(browser.text("#table-scenario caption")).contains("Nordfjord");
		assertThat(browser.text("#table-backtest")).contains("2020→2021", "2021→2022");
		assertThat(browser.find("#totalFertility").getAttribute("placeholder")).isEqualTo("1.5");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-scenario-try");
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('backtest').scrollIntoView()");
		browser.screenshot("insight-scenario-backtest");

		browser.type("#name", "Nordfjord with more newcomers").submit("#save-form");
		assertThat(browser.currentPath()).matches(".*/insight/scenarios/\\d+.*");
		waitForChart("#chart-scenario-total");
		assertThat(browser.text("h1")).isEqualTo("Nordfjord with more newcomers");
		assertThat(browser.text("#reproduced")).isNotBlank();
		assertThat(browser.text("#table-checksums")).contains("observed 2022");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-scenario-saved");

		browser.clickAndWait("a[href$='/edit']");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.type("#name", "Nordfjord, more newcomers").submit("form.form");
		assertThat(browser.text("h1")).isEqualTo("Nordfjord, more newcomers");

		browser.open("/sogn-og-fjordane/insight/scenarios?lang=en");
		browser.find("#compare-form .checkbox:first-of-type input").click();
		browser.find("#compare-form .checkbox:last-of-type input").click();
		browser.submit("#compare-form");
		waitForChart("#chart-scenario-compare");
		assertThat(browser.text("#table-scenario-compare")).contains("Nordfjord, more newcomers");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-scenario-compare");
	}

	private void waitForChart(String css) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.findAll(css + " canvas").isEmpty());
	}

}
