package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;

@SamhaldTest
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

	@Autowired
	Areas areas;

	@Autowired
	Communities communities;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void choosingAMunicipalityDrawsItsChartsWithTheirTables() {
		var sogn = communities.bySlug("sogn-og-fjordane");
		IndicatorSet in2040 = indicators.of(sogn, areas.resolve(sogn, "4640"), 2040,
				ProjectionRequest.of(ProjectionMethod.DEFAULT));
		browser.open("/sogn-og-fjordane/insight/dashboard?lang=en");
		browser.choose("#area", "Sogndal").submit("form.filters");
		assertThat(browser.currentPath()).contains("area=4640");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> !browser.findAll("#chart-dependency canvas").isEmpty());
		assertThat(browser.findAll(".chart canvas")).hasSize(5);
		assertThat(browser.text("#table-dependency"))
			.contains(String.format(java.util.Locale.ENGLISH, "%.2f", in2040.economicallyActivePerPensioner()));
		assertThat(browser.text("#table-age-groups caption")).contains("Sogndal");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-dashboard");
		browser.phoneSize();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('dependency').scrollIntoView()");
		browser.screenshot("insight-dashboard-phone");
	}

	@Test
	void theComparisonIsDrawnAndAccessible() {
		browser.open("/sogn-og-fjordane/insight/dashboard/compare?first=4640&second=sogn-og-fjordane");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> !browser.findAll("#chart-compare canvas").isEmpty());
		assertThat(browser.text("#table-compare")).contains("Sogndal", "Sogn og Fjordane");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-compare");
	}

}
