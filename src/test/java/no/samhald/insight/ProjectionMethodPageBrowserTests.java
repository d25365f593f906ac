package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

@SamhaldTest
class ProjectionMethodPageBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void theDashboardLinksToTheMethodItsAssumptionsAndItsMeasuredAccuracyInEachLanguage() {
		browser.open("/sogn-og-fjordane/insight/dashboard");
		browser.clickAndWait("a[href$='/sogn-og-fjordane/insight/method']");
		assertThat(browser.currentPath()).endsWith("/sogn-og-fjordane/insight/method");
		assertThat(browser.text("h1")).isEqualTo("Om framskrivingsmetoden");
		assertThat(browser.pageText()).contains("Flytting", "15 % i året", "0,84 %", "Føresetnader og avgrensingar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("insight-method");
		browser.open("/sogn-og-fjordane/insight/method?lang=en");
		assertThat(browser.text("h1")).isEqualTo("About the projection method");
		assertThat(browser.pageText()).contains("Migration", "shrinks by 15 % a year", "county");
		browser.open("/sogn-og-fjordane/insight/method?lang=nb");
		assertThat(browser.pageText()).contains("Forutsetninger og begrensninger");
		browser.phoneSize();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
