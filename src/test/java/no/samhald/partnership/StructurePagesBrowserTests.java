package no.samhald.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class StructurePagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void structurePageDrawsTheForumsAndNamesWhatRepresentationIsMissing() {
		browser.open("/sogn-og-fjordane/structure");
		assertThat(browser.findAll(".diagram svg a")).hasSizeGreaterThan(10);
		assertThat(browser.text(".structure-list")).contains("Strategisk samarbeidsutval", "Fagleg samarbeidsutval")
			.contains("manglar fastlege");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("structure");
	}

}
