package no.samhald.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.samhald.Browser;
import no.samhald.SamhaldTest;
import no.samhald.agreement.AgreementTexts;
import no.samhald.agreement.Agreements;
import no.samhald.community.Communities;
import no.samhald.event.Attendances;
import no.samhald.event.Events;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the links of the application from a community's front page, as the public and as a
 * coordinator, and runs axe on one page of every route (template): a link is reduced to the route
 * pattern its controller declares ("/{community}/events/{id}"), and the first link found of each
 * pattern is the one opened, so ids, slugs, tokens and query strings do not multiply the visits. A
 * route checked in one walk is not checked again in the other: the coordinator's walk still opens
 * the public pages to follow their links, but runs axe only on what the public cannot reach.
 * <p>
 * Only links are followed, never forms: a link is a GET, and GET pages change nothing (what changes
 * data is a POST behind a button, and even a mail's token link opens a page with a button). Sign-out,
 * sign-in at a provider, language switches, downloads and the API are left out.
 * <p>
 * There is no budget of pages: new modules are covered as soon as a page links to them. The safety
 * cap only stops a walk that has gone astray, and reaching it fails the test, so coverage is never
 * lost in silence. Each walk logs its routes, one a line, and the end of the class logs the page
 * routes that no walk reached, and fails if one of them is not in {@link #CHECKED_ELSEWHERE}.
 */
@SamhaldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageAccessibilityBrowserTests {

	/** Far above the routes the application has (about 180 pages): reaching it means the walk has gone astray. */
	private static final int SAFETY_CAP = 400;

	private static final String START = "/sogn-og-fjordane";

	private static final Logger log = LoggerFactory.getLogger(EveryPageAccessibilityBrowserTests.class);

	/**
	 * The page routes no walk reaches, each with the browser test of its module that runs axe on it
	 * (and, for a form, tabs to its button): pages opened from a mail's link, the administrator's
	 * page, the results of forms, and pages only a module's own data leads to. A route that neither a
	 * walk nor this list covers fails the class.
	 */
	private static final Map<String, String> CHECKED_ELSEWHERE = Map.ofEntries(
			Map.entry("/admin/mail", "NotificationPagesBrowserTests, MailServerDownIntegrationTests"),
			Map.entry("/invitations/accepted", "InvitationPagesBrowserTests"),
			Map.entry("/invitations/{token}", "InvitationPagesBrowserTests"),
			Map.entry("/login/unknown", "ProviderSignInBrowserTests"),
			Map.entry("/setup/{token}", "BackupAndRestoreIntegrationTests"),
			Map.entry("/{community}/cases/{id}/attachments/{attachmentId}", "a download, not a page"),
			Map.entry("/{community}/consultations/{id}/document", "a download, not a page"),
			Map.entry("/{community}/events/cancel/{token}", "EventPagesBrowserTests"),
			Map.entry("/{community}/events/confirm/{token}", "EventPagesBrowserTests"),
			Map.entry("/{community}/insight/scenarios/compare", "ScenarioPagesBrowserTests"),
			Map.entry("/{community}/placement-rounds/{round}/partners/{partner}/offers/{offer}",
					"PlacementPagesBrowserTests"),
			Map.entry("/{community}/placement-wishes/{token}", "PlacementPagesBrowserTests"),
			Map.entry("/{community}/reports/annual", "ReportPagesBrowserTests"));

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Communities communities;

	@Autowired
	Events events;

	@Autowired
	Attendances attendances;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementTexts agreementTexts;

	Browser browser;

	/** The routes axe has checked, across both walks. */
	private final Set<String> checked = new HashSet<>();

	/** The routes any walk has visited. */
	private final Set<String> visitedByAnyWalk = new HashSet<>();

	/** How many walks have ended: only after both is a route that none reached known to be unreached. */
	private int walksDone;

	/** The route of each path met, worked out once. */
	private final Map<String, String> routes = new HashMap<>();

	@BeforeEach
	void freshBrowser() {
		browser = new Browser(port).reset();
	}

	@Test
	void everyRouteThePublicReachesHasNoSeriousAccessibilityViolation() {
		Walk walk = walk("the public");
		assertThat(walk.violations).as("serious accessibility violations by page").isEmpty();
		assertThat(walk.errorPages).as("links that lead to an error page").isEmpty();
	}

	@Test
	void everyRouteACoordinatorReachesHasNoSeriousAccessibilityViolation() {
		browser.signIn("koordinator", "samhald-demo");
		Walk walk = walk("a coordinator");
		assertThat(walk.violations).as("serious accessibility violations by page").isEmpty();
		assertThat(walk.errorPages).as("links that lead to an error page").isEmpty();
		// Coordinators' forms of the modules far down the menu: reached only when no budget runs out first.
		assertThat(walk.routes).contains("/{community}/events/{id}/attendance", "/{community}/network/teams/{id}/edit",
				"/{community}/insight/scenarios/{id}/edit", "/{community}/collections/{id}/edit",
				"/{community}/placement-rounds/{round}/edit", "/{community}/consultations/{id}/edit");
	}

	/** The walks trust the error page to say so: a link to a broken page must not count as a checked page. */
	@Test
	void theWalksRecogniseTheErrorPage() {
		browser.open(START + "/events/987654321");
		assertThat(isErrorPage()).as("the page of an event that does not exist").isTrue();
		browser.open(START);
		assertThat(isErrorPage()).as("the front page").isFalse();
	}

	@AfterAll
	void everyPageNoWalkReachedIsCheckedElsewhere() {
		Set<String> unreached = new TreeSet<>(pageRoutes());
		unreached.removeAll(visitedByAnyWalk);
		log.info("Page routes no accessibility walk reached ({}; mail links, other roles, or not linked):\n  {}",
				unreached.size(), String.join("\n  ", unreached));
		assertThat(pageRoutes()).as("routes of CHECKED_ELSEWHERE that the application still has")
			.containsAll(CHECKED_ELSEWHERE.keySet());
		if (walksDone == 2) {
			unreached.removeAll(CHECKED_ELSEWHERE.keySet());
			assertThat(unreached).as("page routes that neither a walk nor a module's browser test checks: link them, "
					+ "or check them with axe in the module's browser tests and add them to CHECKED_ELSEWHERE").isEmpty();
		}
	}

	/** What a walk found. */
	private record Walk(Set<String> routes, Map<String, List<String>> violations, Set<String> errorPages) {
	}

	/** Opens the first link found of every route the role reaches, and runs axe on the routes not yet checked. */
	private Walk walk(String role) {
		var walk = new Walk(new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashSet<>());
		Queue<String> queue = new ArrayDeque<>(startingPages());
		long began = System.nanoTime();
		long axeTime = 0;
		int axeRuns = 0;
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!walk.routes.add(route(path))) {
				continue;
			}
			assertThat(walk.routes.size()).as("routes the walk as %s reached: the safety cap is reached, "
					+ "so pages would go unchecked; raise SAFETY_CAP if the application has grown this far", role)
				.isLessThan(SAFETY_CAP);
			browser.open(path);
			String landed = route(browser.currentPath());
			walk.routes.add(landed);
			if (isErrorPage()) {
				walk.errorPages.add(path);
			}
			else if (checked.add(landed)) {
				long axeBegan = System.nanoTime();
				List<String> found = browser.seriousAccessibilityViolations();
				axeTime += System.nanoTime() - axeBegan;
				axeRuns++;
				if (!found.isEmpty()) {
					walk.violations.put(path + " (" + landed + ")", found);
				}
			}
			queue.addAll(links());
		}
		visitedByAnyWalk.addAll(walk.routes);
		walksDone++;
		log.info("Accessibility walk as {} visited {} routes in {} s (axe on {} not checked before, {} s):\n  {}", role,
				walk.routes.size(), seconds(System.nanoTime() - began), axeRuns, seconds(axeTime),
				String.join("\n  ", walk.routes));
		assertThat(walk.routes).as("routes the walk as %s reached", role).hasSizeGreaterThan(10);
		return walk;
	}

	private static long seconds(long nanos) {
		return TimeUnit.NANOSECONDS.toSeconds(nanos);
	}

	/**
	 * The front page, the portal, and pages whose links depend on their state, opened before the
	 * walk meets another page of their route (the first page met of a route is the one opened).
	 */
	private List<String> startingPages() {
		var pages = new ArrayList<>(List.of(START, "/"));
		long communityId = communities.bySlug(START.substring(1)).id();
		startedEvent(communityId).ifPresent(pages::add);
		draftAgreementVersion(communityId).ifPresent(pages::add);
		return pages;
	}

	/** An event that has started: the first event the pages link to is still to come, with no attendance checklist. */
	private Optional<String> startedEvent(long communityId) {
		return events.all(communityId).stream().filter(attendances::hasStarted).findFirst()
			.map(event -> START + "/events/" + event.id());
	}

	/** A draft of an agreement's text: only a draft links to the coordinator's editor of its sections. */
	private Optional<String> draftAgreementVersion(long communityId) {
		return agreements.all(communityId).stream()
			.flatMap(agreement -> agreementTexts.draft(communityId, agreement.id()).stream())
			.findFirst()
			.map(draft -> START + "/agreements/" + draft.agreementId() + "/versions/" + draft.id());
	}

	/**
	 * The error page says which status it shows. Asked by script: the driver's wait for elements
	 * would wait its full time on every page that is not one.
	 */
	private boolean isErrorPage() {
		return (Boolean) script("return document.querySelector('[data-error-status]') !== null");
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	/**
	 * The application's pages the current page links to, in the order of the page, read in one call
	 * (links of SVG diagrams too, whose href is not a string).
	 */
	@SuppressWarnings("unchecked")
	private List<String> links() {
		String origin = "http://localhost:" + port;
		var hrefs = (List<String>) script("return Array.from(document.querySelectorAll('a[href]'),"
				+ " a => new URL(a.getAttribute('href'), document.baseURI).href)");
		var links = new ArrayList<String>();
		for (String href : hrefs) {
			if (href.startsWith(origin)) {
				String path = href.substring(origin.length()).replaceAll("#.*$", "");
				if (isPage(path)) {
					links.add(path);
				}
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

	/**
	 * The route pattern of a path, as its controller declares it ("/{community}/events/{id}"); a path
	 * no controller maps (a page of the framework) is its own route, with numbers read as ids.
	 */
	private String route(String path) {
		String withoutQuery = path.replaceAll("[?#].*$", "");
		return routes.computeIfAbsent(withoutQuery, this::declaredRoute);
	}

	private String declaredRoute(String path) {
		var request = new MockHttpServletRequest("GET", path);
		try {
			mappings.getHandler(request);
		}
		catch (Exception ex) {
			throw new IllegalStateException("No route for " + path, ex);
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return pattern != null ? pattern.toString() : path.replaceAll("/\\d+(?=/|$)", "/{id}");
	}

	/** The routes of the application's pages: GET, not the API, not a download or the error page. */
	private Set<String> pageRoutes() {
		Set<String> pages = new TreeSet<>();
		mappings.getHandlerMethods().keySet().stream().filter(EveryPageAccessibilityBrowserTests::isGet)
			.flatMap(info -> info.getPatternValues().stream())
			.filter(pattern -> isPage(pattern) && !pattern.contains(".") && !pattern.equals("/error"))
			.forEach(pages::add);
		return pages;
	}

	private static boolean isGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

}
