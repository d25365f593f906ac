package no.samhald.platform;

import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything works without a mouse. */
@SamhaldTest
class KeyboardBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
		browser.open("/sogn-og-fjordane/partners");
		browser.tab();
		assertThat(browser.focused().getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(browser.focused().getText()).isEqualTo("Hopp til hovudinnhaldet");
		assertThat(browser.focused().isDisplayed()).as("visible when focused").isTrue();

		browser.press(Keys.ENTER);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("main");

		browser.tab();
		assertThat(browser.focused().getText()).as("the next stop is the first link in main")
			.isEqualTo(browser.find("main a").getText());
	}

	@Test
	void theForumBoxesOfTheStructureDiagramAreReachedByTabInTheOrderOfTheStructureAndOpenedWithEnter() {
		browser.open("/sogn-og-fjordane/structure");
		var labels = new ArrayList<String>();
		for (int i = 0; i < 60 && labels.size() < 3; i++) {
			browser.tab();
			if (focusIsInDiagram()) {
				labels.add(browser.focused().getAttribute("aria-label"));
			}
		}
		assertThat(labels).as("the first forum boxes reached by Tab").hasSize(3);
		assertThat(labels.get(0)).startsWith("Partnarskapsmøte");
		assertThat(labels.get(1)).startsWith("Strategisk samarbeidsutval");
		assertThat(labels.get(2)).startsWith("Fagleg samarbeidsutval");

		browser.press(Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/forums/\\d+$"));
		assertThat(browser.text("h1")).startsWith("Fagleg samarbeidsutval");
	}

	private boolean focusIsInDiagram() {
		return (Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.activeElement.closest('.diagram svg') !== null;");
	}

}
