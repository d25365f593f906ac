package no.samhald.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class LanguageBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void pagesAreInNynorskUntilSomeoneChoosesOtherwise() {
		browser.open("/sogn-og-fjordane/partners");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nn");
		assertThat(browser.text("h1")).isEqualTo("Partnarar");
		assertThat(browser.find(".language a[lang=nn]").getAttribute("aria-current")).isEqualTo("true");
	}

	@Test
	void bokmaalChosenOnOnePageIsRememberedOnTheNext() {
		browser.open("/sogn-og-fjordane/partners");
		browser.clickAndWait(".language a[lang=nb]");

		assertThat(browser.currentPath()).startsWith("/sogn-og-fjordane/partners");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nb");
		assertThat(browser.text("h1")).isEqualTo("Partnere");

		browser.open("/sogn-og-fjordane/people");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nb");
		assertThat(browser.text("h1")).isEqualTo("Personer");
		assertThat(browser.find(".language a[lang=nb]").getAttribute("aria-current")).isEqualTo("true");
		assertThat(browser.driver().manage().getCookieNamed("samhald-lang").getValue()).isEqualTo("nb");
	}

	@Test
	void englishChosenOnOnePageIsRememberedOnTheNextAndBackToNynorskWorksToo() {
		browser.open("/sogn-og-fjordane/structure");
		browser.clickAndWait(".language a[lang=en]");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");

		browser.find("#nav-cooperation summary").click();
		browser.clickAndWait("#nav-cooperation a[href$='/forums']");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(browser.text("h1")).isEqualTo("Forums");
		assertThat(browser.text(".community-nav")).contains("Overview", "Cooperation", "Plans and agreements", "Knowledge");
		browser.find("#nav-cooperation summary").click();
		assertThat(browser.text("#nav-cooperation")).contains("Partners", "People");

		browser.clickAndWait(".language a[lang=nn]");
		browser.open("/sogn-og-fjordane/forums");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nn");
	}

	@Test
	void theChosenLanguageSurvivesSigningIn() {
		browser.open("/login?lang=en");
		browser.signIn("medlem", "samhald-demo");
		browser.open("/sogn-og-fjordane/people");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(browser.text(".account button")).isEqualTo("Sign out");
	}

}
