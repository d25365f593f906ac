package no.samhald.platform;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The community menu in groups: one line at 1280 px, each group opened and left by keyboard (Enter,
 * Tab, Escape), one open at a time, the group of the current page marked, accessible open and closed,
 * and in place without sideways scrolling on a narrow screen.
 */
@SamhaldTest
class CommunityMenuBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void theMenuIsOneLineOfGroupsAtDesktopWidth() {
		browser.open("/sogn-og-fjordane");
		List<WebElement> top = browser.findAll(".community-nav .menu > li");
		assertThat(top).extracting(WebElement::getText)
			.containsExactly("Oversikt", "Samarbeid", "Planar og avtalar", "Kunnskap");
		// One line: every entry's top lies within half an entry's height of the first's (a link and a
		// <details> summary may differ by a pixel in how their text box sits).
		int first = top.get(0).getLocation().getY();
		int halfHeight = top.get(0).getSize().getHeight() / 2;
		assertThat(top).extracting(e -> e.getLocation().getY()).as("one line")
			.allSatisfy(y -> assertThat(y).isCloseTo(first, offset(halfHeight)));
		assertThat(browser.findAll("#nav-cooperation a")).extracting(e -> e.getDomAttribute("href"))
			.contains("/sogn-og-fjordane/structure", "/sogn-og-fjordane/forums", "/sogn-og-fjordane/meetings");
		assertThat(browser.findAll(".community-nav details[open]")).as("all closed").isEmpty();
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("community-menu-1280");
	}

	@Test
	void aGroupOpensWithEnterItsLinksFollowByTabAndEscapeClosesItAgain() {
		browser.open("/sogn-og-fjordane");
		WebElement plans = browser.find("#nav-plans summary");
		plans.sendKeys(Keys.ENTER);
		assertThat(browser.find("#nav-plans").getDomProperty("open")).isEqualTo("true");
		assertThat(browser.find("#nav-plans a[href$='/agreements']").isDisplayed()).isTrue();
		assertThat(browser.seriousAccessibilityViolations()).as("open").isEmpty();
		browser.screenshot("community-menu-open");

		browser.tab();
		assertThat(browser.focused().getDomAttribute("href")).isEqualTo("/sogn-og-fjordane/plans");
		browser.press(Keys.ESCAPE);
		assertThat(browser.find("#nav-plans").getDomProperty("open")).isEqualTo("false");
		assertThat(browser.focused().getText()).as("focus back on the group").isEqualTo("Planar og avtalar");

		browser.find("#nav-plans summary").sendKeys(Keys.ENTER);
		browser.find("#nav-knowledge summary").click();
		assertThat(browser.find("#nav-plans").getDomProperty("open")).as("one open at a time").isEqualTo("false");
		browser.afterPageChange(() -> browser.find("#nav-knowledge a[href$='/reports']").sendKeys(Keys.ENTER));

		assertThat(browser.currentPath()).isEqualTo("/sogn-og-fjordane/reports");
		assertThat(browser.findAll(".community-nav details.current")).extracting(e -> e.getDomAttribute("id"))
			.as("the group of the current page").containsExactly("nav-knowledge");
		assertThat(browser.find("#nav-knowledge a[href$='/reports']").getDomAttribute("aria-current")).isEqualTo("page");
	}

	@Test
	void onANarrowScreenTheGroupsOpenInPlaceWithoutSidewaysScrolling() {
		browser.driver().manage().window().setSize(new Dimension(400, 900));
		browser.open("/sogn-og-fjordane/meetings?lang=en");
		assertThat(browser.text("#nav-cooperation summary")).isEqualTo("Cooperation");
		browser.find("#nav-knowledge summary").click();
		assertThat(browser.find("#nav-knowledge a[href$='/search']").isDisplayed()).isTrue();
		assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0);
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("community-menu-400");
		browser.open("/sogn-og-fjordane?lang=nn");
	}

}
