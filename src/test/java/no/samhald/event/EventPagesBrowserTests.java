package no.samhald.event;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class EventPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorAnnouncesAnEventAndAnyoneRegistersWithoutAnAccount() {
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/events/new");
		browser.find("#title").sendKeys("Fagdag om legemiddelsamstemming");
		browser.setValue("#startsAt", "2030-06-01T09:00").setValue("#endsAt", "2030-06-01T08:00");
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.text("#endsAt-error")).contains("Slutten kan ikkje vere før starten");
		assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Fagdag om legemiddelsamstemming");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.setValue("#endsAt", "2030-06-01T15:00");
		browser.clickAndWait(".form button[type=submit]");
		String eventPath = browser.currentPath().replace("?saved", "");

		browser.reset().open(eventPath);
		browser.find("#name").sendKeys("Liv Hegrenes");
		browser.find("#email").sendKeys("ikkje-ei-adresse");
		browser.clickAndWait(".panel form button[type=submit]");
		browser.screenshot("event-registration-error");
		assertThat(browser.find("#email-error").isDisplayed()).isTrue();
		assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Liv Hegrenes");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.find("#email").clear();
		browser.find("#email").sendKeys("liv.hegrenes@example.org");
		browser.clickAndWait(".panel form button[type=submit]");
		assertThat(browser.pageText()).contains("Du er påmeld");
	}

	@Test
	void theEventListIsPublicAndAccessible() {
		browser.open("/sogn-og-fjordane/events");
		assertThat(browser.pageText()).contains("Samhandlingskonferansen 2027");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
