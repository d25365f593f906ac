package no.samhald.meeting;

import java.time.Duration;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.samhald.Browser;

/**
 * Waits until an action has replaced the page, so that a test never reads the page it just left
 * (a form that comes back with errors has the same elements as the one submitted).
 */
final class PageLoads {

	private PageLoads() {
	}

	static void after(Browser browser, Runnable action) {
		WebElement page = browser.find("html");
		action.run();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
	}

}
