package no.samhald.search;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box in the header works by keyboard and leads to an accessible results page. */
@SamhaldTest
class SearchPageBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theHeaderBoxSearchesByKeyboardAndTheResultsPageIsAccessible() {
		var browser = new Browser(port).reset().open("/sogn-og-fjordane/events");
		browser.find("#site-search-q").sendKeys("samhandling");
		browser.afterPageChange(() -> browser.find("#site-search-q").sendKeys(Keys.ENTER));

		assertThat(browser.currentPath()).startsWith("/sogn-og-fjordane/search?q=samhandling");
		assertThat(browser.text("#search-count")).startsWith("Fann");
		assertThat(browser.findAll(".hits .hit")).isNotEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("search-results");

		browser.open("/sogn-og-fjordane/search?q=SSU+februar+2024&kind=MEETING");
		assertThat(browser.findAll(".hits .hit h2 a")).extracting(a -> a.getDomAttribute("href"))
			.anyMatch(href -> href.matches("/sogn-og-fjordane/meetings/\\d+"));
		assertThat(browser.text(".hits .hit")).contains("29.02.2024").contains("Møte · 2024");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("search-meeting");

		browser.open("/sogn-og-fjordane/search?q=%20");
		assertThat(browser.pageText()).contains("Søk i møte, vedtak og saker");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
