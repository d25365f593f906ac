package no.samhald.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.event.Attendances;
import no.samhald.event.Event;
import no.samhald.event.Events;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the links of the application from a community's front page, as the public and as a
 * coordinator, and runs axe on one page of every kind it finds (pages that differ only in ids,
 * query or community are one kind). A kind checked in one walk is not checked again in the other:
 * the coordinator's walk still opens the public pages to follow their links, but runs axe only on
 * what the public cannot reach (forms, member pages). New modules are covered as soon as the menu
 * links to them. Each walk logs the kinds of page it visited, in order.
 */
@SamhaldTest
class EveryPageAccessibilityBrowserTests {

	private static final int MAX_PAGES = 80;

	private static final Logger log = LoggerFactory.getLogger(EveryPageAccessibilityBrowserTests.class);

	/** The kinds of page axe has checked, across both walks (one context, one class instance per test). */
	private static final Set<String> CHECKED = new HashSet<>();

	@LocalServerPort
	int port;

	@Autowired
	Communities communities;

	@Autowired
	Events events;

	@Autowired
	Attendances attendances;

	Browser browser;

	/** The kinds of page the last walk visited, in order. */
	Set<String> visitedKinds = new LinkedHashSet<>();

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void everyKindOfPageThePublicReachesHasNoSeriousAccessibilityViolation() {
		assertThat(crawl("/sogn-og-fjordane")).isEmpty();
	}

	@Test
	void everyKindOfPageACoordinatorReachesHasNoSeriousAccessibilityViolation() {
		browser.signIn("koordinator", "samhald-demo");
		assertThat(crawl("/sogn-og-fjordane")).isEmpty();
		assertThat(visitedKinds).contains("/{community}/events/{id}/attendance");
	}

	/** Returns the violations by page; visits each kind of page once. */
	private Map<String, List<String>> crawl(String start) {
		var violations = new LinkedHashMap<String, List<String>>();
		var queue = new ArrayDeque<String>(List.of(start, "/", startedEvent(start)));
		Set<String> kinds = visitedKinds;
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES) {
			String path = queue.poll();
			if (!kinds.add(kind(path))) {
				continue;
			}
			browser.open(path);
			visited++;
			if (CHECKED.add(kind(path))) {
				List<String> found = browser.seriousAccessibilityViolations();
				if (!found.isEmpty()) {
					violations.put(path, found);
				}
			}
			queue.addAll(internalLinks());
		}
		log.info("Crawl from {} visited {} kinds of page{}:\n  {}", start, visited,
				visited == MAX_PAGES ? " (the limit; more were linked)" : "", String.join("\n  ", kinds));
		assertThat(visited).as("pages visited").isGreaterThan(10);
		return violations;
	}

	/**
	 * The page of an event that has started, visited early: a kind of page is visited once, and the
	 * first event the pages link to is one still to come, whose page does not yet link to the
	 * coordinator's attendance checklist.
	 */
	private String startedEvent(String community) {
		long communityId = communities.bySlug(community.substring(1)).id();
		return events.all(communityId).stream().filter(attendances::hasStarted).findFirst().map(Event::id)
			.map(id -> community + "/events/" + id).orElse(community);
	}

	private List<String> internalLinks() {
		String origin = "http://localhost:" + port;
		var links = new ArrayList<String>();
		for (WebElement anchor : browser.findAll("main a[href], nav a[href]")) {
			String href = anchor.getDomProperty("href");
			if (href == null || !href.startsWith(origin)) {
				continue;
			}
			String path = href.substring(origin.length()).replaceAll("#.*$", "");
			if (isPage(path)) {
				links.add(path);
			}
		}
		return links;
	}

	/** Pages only: no downloads, feeds, API, sign-out, sign-in at a provider or language switches. */
	private static boolean isPage(String path) {
		return path.startsWith("/") && !path.startsWith("/api/") && !path.startsWith("/logout")
				&& !path.startsWith("/oauth2/") && !path.contains("lang=")
				&& !path.matches(".*\\.(pdf|docx|ics|csv|json|png)(\\?.*)?$") && !path.contains("/export")
				&& !path.startsWith("/webjars/") && !path.startsWith("/css/");
	}

	/** Pages that differ only in ids, query or community are one kind. */
	private static String kind(String path) {
		return path.replaceAll("\\?.*$", "")
			.replaceAll("^/(sogn-og-fjordane|vestfold)(?=/|$)", "/{community}")
			.replaceAll("/\\d+(?=/|$)", "/{id}");
	}

}
