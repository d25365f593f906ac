package no.samhald.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the community and partnership modules whose words differ most between languages,
 * the error pages and the forms with validation errors, in Nynorsk, Bokmål and English: no serious
 * or critical axe-core violation of WCAG 2.1 A/AA. Every other kind of page is checked by the crawl
 * in {@link EveryPageAccessibilityBrowserTests}.
 */
@SamhaldTest
class AccessibilityBrowserTests {

	private static final String C = "/sogn-og-fjordane";

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Forums forums;

	@Autowired
	Partners partners;

	@Autowired
	People people;

	@Test
	void everyPageIsFreeOfSeriousViolationsInNynorsk() {
		assertThat(violationsOnEveryPage("nn")).isEmpty();
	}

	@Test
	void everyPageIsFreeOfSeriousViolationsInBokmaal() {
		assertThat(violationsOnEveryPage("nb")).isEmpty();
	}

	@Test
	void everyPageIsFreeOfSeriousViolationsInEnglish() {
		assertThat(violationsOnEveryPage("en")).isEmpty();
	}

	/** WCAG 1.4.10: at 320 CSS px the page reflows; only a wide table or the diagram scrolls, inside its own box. */
	@Test
	void noPageScrollsSidewaysOnAPhone() {
		Community community = communities.bySlug("sogn-og-fjordane");
		long ssu = forums.all(community.id()).stream().filter(f -> "SSU".equals(f.shortName())).map(Forum::id)
			.findFirst().orElseThrow();
		var browser = new Browser(port).reset().signIn("koordinator", "samhald-demo");
		browser.driver().manage().window().setSize(new Dimension(320, 800));
		var tooWide = new ArrayList<String>();
		try {
			for (String page : List.of("/", C, C + "/structure", C + "/forums", C + "/forums/" + ssu, C + "/partners",
					C + "/people", C + "/forums/new", C + "/partners/new", "/login")) {
				browser.open(page);
				int overflow = browser.sidewaysOverflow();
				if (overflow > 0) {
					tooWide.add(page + " (" + overflow + " px)");
				}
			}
		}
		finally {
			browser.desktopSize();
		}
		assertThat(tooWide).isEmpty();
	}

	private Map<String, List<String>> violationsOnEveryPage(String language) {
		Community community = communities.bySlug("sogn-og-fjordane");
		long ssu = forums.all(community.id()).stream().filter(f -> "SSU".equals(f.shortName())).map(Forum::id)
			.findFirst().orElseThrow();
		long kinn = partners.all(community.id()).stream().filter(p -> "4602".equals(p.municipalityCode()))
			.findFirst().orElseThrow().id();
		long person = people.all(community.id()).get(0).id();
		var browser = new Browser(port).reset();
		var found = new LinkedHashMap<String, List<String>>();

		browser.open("/?lang=" + language);
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
		// Every kind of page is checked in Nynorsk by EveryPageAccessibilityBrowserTests; here the
		// pages whose words change most between languages, the error pages and forms with errors.
		for (String page : List.of("/", C, C + "/structure", C + "/partners/" + kinn, C + "/people/" + person,
				"/login?error", C + "/forums/999999", "/no-such-page/at/all")) {
			check(browser, "public " + page, page, found);
		}

		browser.signIn("koordinator", "samhald-demo");
		for (String page : List.of(C + "/forums/" + ssu, C + "/forums/new", C + "/partners/new", C + "/people/new",
				C + "/partners/" + kinn + "/edit")) {
			check(browser, "coordinator " + page, page, found);
		}

		browser.open(C + "/forums/new");
		browser.find("#name").clear();
		browser.submit("form.form");
		collect(browser, "forum form with errors", found);

		browser.open(C + "/partners/new");
		browser.find("#municipalityCode").sendKeys("46x0");
		browser.submit("form.form");
		collect(browser, "partner form with errors", found);

		browser.open(C + "/people/new");
		browser.find("#email").sendKeys("not an address");
		browser.submit("form.form");
		collect(browser, "person form with errors", found);

		browser.open(C + "/forums/" + ssu);
		browser.find("#endDate").sendKeys("01012000");
		browser.submit("#add-member-heading + form");
		collect(browser, "membership form with errors", found);

		browser.open("/?lang=nn");
		return found;
	}

	private static void check(Browser browser, String label, String path, Map<String, List<String>> found) {
		browser.open(path);
		collect(browser, label, found);
	}

	private static void collect(Browser browser, String label, Map<String, List<String>> found) {
		var violations = new ArrayList<>(browser.seriousAccessibilityViolations());
		if (!violations.isEmpty()) {
			found.put(label, violations);
		}
	}

}
