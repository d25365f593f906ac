package no.samhald.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class EventPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@Autowired
	Events events;

	@Autowired
	Communities communities;

	@Autowired
	Clock clock;

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
		assertThat(browser.pageText()).contains("Påmeldinga gjeld først når du har stadfesta ho");

		// The link in the mail opens a page with a button; the registration takes its seat on the click.
		long eventId = Long.parseLong(eventPath.substring(eventPath.lastIndexOf('/') + 1));
		String token = events.registrations(communities.bySlug("sogn-og-fjordane").id(), eventId).get(0).token();
		browser.open("/sogn-og-fjordane/events/confirm/" + token);
		assertThat(browser.pageText()).doesNotContain("Liv Hegrenes");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("event-registration-confirm");
		browser.pressByKeyboard("form[action*='/events/confirm/'] button[type=submit]");
		assertThat(browser.pageText()).contains("Du er påmeld");

		// The other link of the mail: the cancellation page, then the same link once cancelled.
		browser.open("/sogn-og-fjordane/events/cancel/" + token);
		assertThat(browser.pageText()).contains("Liv Hegrenes, vil du melde deg av");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.pressByKeyboard("form[action*='/events/cancel/'] button[type=submit]");
		assertThat(browser.pageText()).contains("Påmeldinga er avmeld.");
		browser.open("/sogn-og-fjordane/events/cancel/" + token);
		assertThat(browser.pageText()).contains("Denne påmeldinga er alt avmeld.");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		// A link that is unknown, or whose registration was left unconfirmed too long, says so.
		browser.open("/sogn-og-fjordane/events/confirm/" + java.util.UUID.randomUUID());
		assertThat(browser.pageText()).contains("ikkje stadfesta innan 72 timar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("event-link-unknown");
	}

	@Test
	void afterTheStartTheCoordinatorTicksOffWhoCameAndThePublicSeesNoNames() {
		Community sogn = communities.bySlug("sogn-og-fjordane");
		LocalDateTime start = LocalDateTime.now(clock).minusHours(2);
		Event event = SignedIn.asCoordinator(() -> events.create(sogn, new SaveEvent(EventKind.PROFESSIONAL_DAY,
				"Fagdag " + UUID.randomUUID(), null, start, start.plusHours(6), "Førde", null, null, 0)));
		for (String name : List.of("Oda Refsnes", "Pål Sandvik")) {
			events.confirm(sogn, events.register(sogn, event.id(), new Register(name,
					name.replace(' ', '.') + event.id() + "@example.org", "Kinn kommune", null), Locale.forLanguageTag("nn")).token());
		}

		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/events/" + event.id());
		assertThat(browser.text("#attendance-summary")).contains("2 påmelde, oppmøte ikkje ført");
		browser.clickAndWait("#attendance-summary a");
		browser.find("#attended1").click();
		browser.setValue("#walkIns", "-1");
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.find("#walkIns-error").isDisplayed()).isTrue();
		assertThat(browser.find("#attended1").isSelected()).isTrue();
		browser.screenshot("event-attendance-error");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		// A registration that is not this event's (a stale or tampered form): the summary's link must land on the group.
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('attended1').value = '999999999'");
		browser.setValue("#walkIns", "3");
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.find("#attended-error").isDisplayed()).isTrue();
		browser.find(".error-summary a[href='#attended']").click();
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("attended");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		assertThat(browser.find("#attended1").isSelected()).isFalse();
		browser.find("#attended1").click();
		browser.clickAndWait(".form button[type=submit]");
		assertThat(browser.text("#attendance-summary")).contains("2 påmelde, 4 møtte (1 påmelde og 3 utan påmelding)");
		browser.screenshot("event-attendance-saved");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.reset().open("/sogn-og-fjordane/events/" + event.id());
		assertThat(browser.pageText()).doesNotContain("Oda Refsnes").doesNotContain("møtte");
	}

	@Test
	void theEventListIsPublicAndAccessible() {
		browser.open("/sogn-og-fjordane/events");
		assertThat(browser.pageText()).contains("Samhandlingskonferansen 2027");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
