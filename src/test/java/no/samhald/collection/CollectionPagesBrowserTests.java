package no.samhald.collection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection pages in a browser, without serious accessibility faults: the coordinator's
 * definition form, which comes back with a message per field; the Kinn contact's answer form
 * of the open demo collection, with a bad value kept; and the public results.
 */
@SamhaldTest
class CollectionPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Collections collections;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	Browser browser;

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void aCoordinatorsEmptyDefinitionComesBackWithMessagesPerField() {
		browser.signIn("koordinator", "samhald-demo").open("/sogn-og-fjordane/collections/new");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#field0-labelNn").sendKeys("Ledige årsverk");
		browser.clickAndWait("form.form button[type=submit]");
		assertThat(browser.text(".error-summary")).isNotBlank();
		assertThat(browser.find("#field0-labelNn").getAttribute("value")).isEqualTo("Ledige årsverk");
		assertThat(browser.text("#field0-kind-error")).contains("Må fyllast ut");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("collection-form");
	}

	@Test
	void theKinnContactGetsAMessageForAnOutOfRangeValueAndTheResultsAreAccessible() {
		long sogn = communities.bySlug("sogn-og-fjordane").id();
		Partner kinn = partners.all(sogn).stream().filter(p -> "4602".equals(p.municipalityCode())).findFirst().orElseThrow();
		long open = collections.all(sogn).stream().filter(DataCollection::isOpen)
			.filter(c -> c.title().equals("Bemanning og innleige 2025")).findFirst().orElseThrow().id();
		browser.signIn("kinn", "samhald-demo").open("/sogn-og-fjordane/collections/" + open);
		browser.clickAndWait("a[href$='/answers/" + kinn.id() + "']");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.find("#value0").sendKeys("900");
		browser.clickAndWait("form.form button[name=submit]");
		assertThat(browser.text("#value0-error")).contains("500");
		assertThat(browser.find("#value0").getAttribute("value")).isEqualTo("900");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();

		browser.open("/sogn-og-fjordane/collections/" + open + "/results");
		assertThat(browser.pageText()).contains("Ledige sjukepleiarårsverk");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void theDemoChoicesReadInTheReadersLanguage() {
		long sogn = communities.bySlug("sogn-og-fjordane").id();
		Partner kinn = partners.all(sogn).stream().filter(p -> "4602".equals(p.municipalityCode())).findFirst().orElseThrow();
		long closed = collections.all(sogn).stream().filter(c -> c.title().equals("Bemanning og innleige 2024"))
			.findFirst().orElseThrow().id();
		browser.open("/sogn-og-fjordane/collections/" + closed + "/results?lang=en");
		assertThat(browser.pageText()).contains("Hardest skill to recruit", "Specialist nurse", "Health worker")
			.doesNotContain("Spesialsjukepleiar");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		browser.screenshot("collection-results-en");

		long open = collections.all(sogn).stream().filter(DataCollection::isOpen)
			.filter(c -> c.title().equals("Bemanning og innleige 2025")).findFirst().orElseThrow().id();
		browser.signIn("kinn", "samhald-demo").open("/sogn-og-fjordane/collections/" + open + "/answers/" + kinn.id() + "?lang=nb");
		assertThat(browser.text("#value4")).contains("Spesialsykepleier", "Helsefagarbeider");
		assertThat(browser.seriousAccessibilityViolations()).isEmpty();
	}

}
