package no.samhald.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.samhald.SamhaldTest;
import no.samhald.platform.SignedInUser.Grant;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.AccountsForTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint of the application (pages and API) has a rule saying who may use it, and every
 * role gets what the rule says: the walk fails when an endpoint has no rule, when a role is let in
 * where the rule refuses it, or refused where the rule lets it in.
 * <p>
 * Pages and GET endpoints are walked as every role, with ids from the demo data chosen so that
 * the scoped roles meet their own partner (Helse Førde), forum (FSU) and measure. Writes are sent
 * by the anonymous public (refused unless the rule is public); whether a signed-in role may write
 * is decided in the module services after the form is valid, which each module's tests prove with
 * valid input. Each request runs in a transaction that is rolled back, so the walk changes nothing.
 */
@SamhaldTest
class EndpointRulesTests {

	private static final String SOGN = "sogn-og-fjordane";

	/** Who may use an endpoint. */
	enum Rule {
		/** Everyone, the public too (a page may show the signed-in more). */
		PUBLIC,
		/** Anyone signed in (their own account, their own work). */
		SIGNED_IN,
		/** Everyone of the community: members, partner contacts, secretaries, measure owners, coordinators. */
		MEMBER,
		/** The partner's contact and the coordinators. */
		PARTNER,
		/** The forum's secretary and the coordinators. */
		FORUM,
		/** The secretary of any forum and the coordinators: a form that offers only the forums the person keeps. */
		SOME_FORUM,
		/** The measure's owner and the coordinators. */
		MEASURE,
		/** The community's coordinators. */
		COORDINATOR,
		/** The installation's administrators only. */
		ADMINISTRATOR,
		/** Springs' own endpoints (error page), not walked. */
		FRAMEWORK
	}

	/** The roles the walk takes, each a real account's sign-in with its grants (one made up here). */
	enum Walker {
		ANONYMOUS, MEMBER, OTHER_PARTNERS_CONTACT, PARTNER_CONTACT, OTHER_FORUMS_SECRETARY, FORUM_SECRETARY,
		MEASURE_OWNER, OTHER_COMMUNITYS_COORDINATOR, COORDINATOR;

		boolean mayUse(Rule rule) {
			return switch (rule) {
				case PUBLIC, FRAMEWORK -> true;
				case SIGNED_IN -> this != ANONYMOUS;
				case MEMBER -> this != ANONYMOUS && this != OTHER_COMMUNITYS_COORDINATOR;
				case PARTNER -> this == PARTNER_CONTACT || this == COORDINATOR;
				case FORUM -> this == FORUM_SECRETARY || this == COORDINATOR;
				case SOME_FORUM -> this == FORUM_SECRETARY || this == OTHER_FORUMS_SECRETARY || this == COORDINATOR;
				case MEASURE -> this == MEASURE_OWNER || this == COORDINATOR;
				case COORDINATOR -> this == COORDINATOR;
				case ADMINISTRATOR -> false;
			};
		}
	}

	/** The rules, as "METHOD pattern" (patterns as the controllers declare them). */
	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		rule(Rule.FRAMEWORK, "* /error");
		rule(Rule.PUBLIC, "GET /", "GET /login", "GET /api/v1/docs", "GET /api/v1/openapi.yaml",
				"GET /api/v1/openapi/swagger-config", "GET /api/v1/openapi", "GET /setup/{token}", "POST /setup/{token}",
				"GET /{community:[a-z][a-z0-9-]+}", "GET /{community}/structure");
		rule(Rule.PUBLIC, "GET /login/unknown");
		rule(Rule.SIGNED_IN, "GET /account");
		rule(Rule.SIGNED_IN, "GET /account/password", "POST /account/password", "GET /account/tokens",
				"POST /account/tokens", "POST /account/tokens/{id}/revoke", "GET /account/sign-ins",
				"POST /account/sign-ins/{id}/remove", "POST /account/sign-out-everywhere", "GET /account/notifications",
				"POST /account/notifications", "GET /api/v1/me", "GET /api/v1/me/tasks", "GET /my-work",
				"POST /my-work/calendar-feed");
		// The feed's address is its secret: a wrong one finds nothing.
		rule(Rule.PUBLIC, "GET /my-work/calendar-feed/{token}.ics");
		rule(Rule.ADMINISTRATOR, "GET /admin/mail", "POST /admin/mail/{id}/retry");
		rule(Rule.COORDINATOR, "GET /{community}/overdue");
		// An invitation's link is its secret: whoever holds it accepts, a wrong one finds nothing.
		rule(Rule.PUBLIC, "GET /invitations/accepted", "GET /invitations/{token}", "POST /invitations/{token}",
				"POST /invitations/{token}/existing", "POST /invitations/{token}/providers/{registrationId}");
		rule(Rule.COORDINATOR, "GET /{community}/invitations", "POST /{community}/invitations",
				"POST /{community}/invitations/{id}/revoke", "POST /{community}/invitations/roles/revoke");
		rule(Rule.COORDINATOR, "GET /{communitySlug}/accounts", "POST /{communitySlug}/accounts",
				"POST /{communitySlug}/accounts/{username}/unlock", "GET /{communitySlug}/audit");

		// The public API reads what the pages show the public; members see more where their page does.
		rule(Rule.PUBLIC, "GET /api/v1/communities", "GET /api/v1/communities/{community}",
				"GET /api/v1/communities/{community}/agreements", "GET /api/v1/communities/{community}/agreements/{id}",
				"GET /api/v1/communities/{community}/agreements/{id}/versions",
				"GET /api/v1/communities/{community}/cases", "GET /api/v1/communities/{community}/decisions",
				"GET /api/v1/communities/{community}/meetings", "GET /api/v1/communities/{community}/meetings/{id}",
				"GET /api/v1/communities/{community}/deviations/statistics",
				"GET /api/v1/communities/{community}/events", "GET /api/v1/communities/{community}/events/{id}",
				"GET /api/v1/communities/{community}/forums", "GET /api/v1/communities/{community}/forums/{id}",
				"GET /api/v1/communities/{community}/partners", "GET /api/v1/communities/{community}/partners/{id}",
				"GET /api/v1/communities/{community}/funding", "GET /api/v1/communities/{community}/funding/{id}",
				"GET /api/v1/communities/{community}/network",
				"GET /api/v1/communities/{community}/indicators", "GET /api/v1/communities/{community}/population",
				"GET /api/v1/communities/{community}/projections",
				"GET /api/v1/communities/{community}/projections/comparison",
				"POST /api/v1/communities/{community}/projections",
				"GET /api/v1/communities/{community}/services",
				"GET /api/v1/communities/{community}/plans", "GET /api/v1/communities/{community}/plans/{id}/measures",
				"GET /api/v1/communities/{community}/projects", "GET /api/v1/communities/{community}/projects/{id}",
				"GET /api/v1/communities/{community}/reports/action-plans/{id}",
				"GET /api/v1/communities/{community}/reports/annual/{year}");
		rule(Rule.PUBLIC, "GET /api/v1/communities/{community}/agreements/{id}/implementations",
				"GET /api/v1/communities/{community}/plans/{planId}/measures/{measureId}/status-updates",
				"GET /api/v1/communities/{community}/plans/{planId}/measures/{measureId}/status-updates/{id}");
		rule(Rule.PARTNER, "POST /api/v1/communities/{community}/deviations/{id}/answers",
				"PUT /api/v1/communities/{community}/agreements/{id}/implementations/{partnerId}");
		rule(Rule.MEASURE, "POST /api/v1/communities/{community}/plans/{planId}/measures/{measureId}/status-updates");
		rule(Rule.MEMBER, "GET /api/v1/communities/{community}/deviations", "GET /api/v1/communities/{community}/deviations/{id}",
				"POST /api/v1/communities/{community}/deviations");
		// Where the shared population figures came from, and who imported them, is public provenance.
		rule(Rule.PUBLIC, "GET /api/v1/communities/{community}/population/imports");
		rule(Rule.ADMINISTRATOR, "POST /api/v1/communities/{community}/population/imports",
				"POST /api/v1/communities/{community}/population/imports/previews/{id}",
				"POST /{community}/insight/imports", "POST /{community}/insight/imports/previews/{id}");
		rule(Rule.COORDINATOR, "PUT /api/v1/communities/{community}/services/frail-share",
				"PUT /api/v1/communities/{community}/services/{service}");

		// Agreements: public texts; the partner's contact reports its implementation.
		rule(Rule.PUBLIC, "GET /{community}/agreements", "GET /{community}/agreements/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/agreements/new", "GET /{community}/agreements/{id}/edit",
				"POST /{community}/agreements", "POST /{community}/agreements/{id}",
				"POST /{community}/agreements/{id}/versions");
		rule(Rule.PARTNER, "POST /{community}/agreements/{id}/implementation/{partnerId}");
		// Agreement texts (#13): versions, comparisons and the implementation matrix are public; the coordinator drafts.
		rule(Rule.PUBLIC, "GET /{community}/agreements/implementation", "GET /{community}/agreements/{id}/compare",
				"GET /{community}/agreements/{id}/compare.pdf", "GET /{community}/agreements/{id}/versions/{versionId}",
				"GET /api/v1/communities/{community}/agreements/{id}/versions/{version}",
				"GET /api/v1/communities/{community}/agreements/{id}/diff");
		rule(Rule.COORDINATOR, "POST /{community}/agreements/{id}/drafts",
				"GET /{community}/agreements/{id}/versions/{versionId}/sections",
				"POST /{community}/agreements/{id}/versions/{versionId}/sections",
				"POST /{community}/agreements/{id}/versions/{versionId}/import",
				"POST /{community}/agreements/{id}/versions/{versionId}/adopt");

		rule(Rule.PUBLIC, "GET /{community}/calendar", "GET /{community}/calendar/forums/{forumId}.ics",
				"GET /{community}/calendar/people/{personId}.ics");

		// Meetings, cases, matters, minutes: public records; the forum's secretary keeps them.
		rule(Rule.PUBLIC, "GET /{community}/meetings", "GET /{community}/meetings/{id}",
				"GET /{community}/meetings/{id}/notice", "GET /{community}/meetings/{id}/notice.pdf",
				"GET /{community}/meetings/{id}/notice.docx", "GET /{community}/meetings/{id}/minutes",
				"GET /{community}/meetings/{id}/minutes.pdf", "GET /{community}/meetings/{id}/minutes.docx",
				"GET /{community}/cases/{id}", "GET /{community}/cases/{id}/attachments/{attachmentId}",
				"GET /{community}/decisions", "GET /{community}/matters", "GET /{community}/matters/{id}");
		rule(Rule.SOME_FORUM, "GET /{community}/meetings/new");
		rule(Rule.FORUM, "GET /{community}/meetings/{id}/edit",
				"POST /{community}/meetings", "POST /{community}/meetings/{id}",
				"POST /{community}/meetings/{id}/status", "POST /{community}/meetings/{id}/participants",
				"POST /{community}/meetings/{id}/attendance", "POST /{community}/meetings/{id}/minutes/notes",
				"POST /{community}/meetings/{id}/minutes/corrections",
				"GET /{community}/meetings/{meetingId}/cases/new", "POST /{community}/meetings/{meetingId}/cases",
				"GET /{community}/cases/{id}/edit", "POST /{community}/cases/{id}",
				"POST /{community}/cases/{id}/decision", "POST /{community}/cases/{id}/disqualifications",
				"POST /{community}/cases/{id}/attachments", "POST /{community}/matters",
				"POST /{community}/matters/{id}/steps", "GET /{community}/matters/{id}/steps/{number}/edit",
				"POST /{community}/matters/{id}/steps/{number}");
		rule(Rule.FORUM, "GET /{community}/meetings/{id}/cancel", "POST /{community}/meetings/{id}/cancel");
		// Chair and deputy approve; the service checks the person.
		rule(Rule.MEMBER, "POST /{community}/meetings/{id}/minutes/approvals");

		// Deviations: members report and see their own; the receiving partner's contact answers.
		// The list shows the public nothing but how to report and the statistics.
		rule(Rule.PUBLIC, "GET /{community}/deviations/statistics", "GET /{community}/deviations");
		rule(Rule.MEMBER, "GET /{community}/deviations/new",
				"POST /{community}/deviations", "GET /{community}/deviations/{id}");
		rule(Rule.PARTNER, "POST /{community}/deviations/{id}/answer", "POST /{community}/deviations/{id}/handling",
				"POST /{community}/deviations/{id}/close");
		rule(Rule.PUBLIC, "GET /{community}/collections", "GET /{community}/collections/{id}",
				"GET /{community}/collections/{id}/results", "GET /api/v1/communities/{community}/collections",
				"GET /api/v1/communities/{community}/collections/{id}",
				"GET /api/v1/communities/{community}/collections/{id}/results");
		rule(Rule.PARTNER, "GET /{community}/collections/{id}/answers/{partnerId}",
				"POST /{community}/collections/{id}/answers/{partnerId}",
				"PUT /api/v1/communities/{community}/collections/{id}/answers/{partnerId}");
		rule(Rule.PUBLIC, "GET /{community}/projects/{id}/split", "GET /api/v1/communities/{community}/projects/{id}/split");
		rule(Rule.COORDINATOR, "POST /{community}/projects/{id}/split");
		rule(Rule.COORDINATOR, "GET /{community}/collections/new", "POST /{community}/collections",
				"GET /{community}/collections/{id}/edit", "POST /{community}/collections/{id}",
				"POST /{community}/collections/{id}/close");

		// Events: the public registers, and confirms and cancels with its token.
		rule(Rule.PUBLIC, "GET /{community}/events", "GET /{community}/events/{id}",
				"POST /{community}/events/{id}/registrations", "GET /{community}/events/cancel/{token}",
				"POST /{community}/events/cancel/{token}", "GET /{community}/events/confirm/{token}",
				"POST /{community}/events/confirm/{token}");
		rule(Rule.COORDINATOR, "GET /{community}/events/new", "GET /{community}/events/{id}/edit",
				"POST /{community}/events", "POST /{community}/events/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/events/{id}/attendance", "POST /{community}/events/{id}/attendance");

		// Structure: forums, partners, people.
		rule(Rule.PUBLIC, "GET /{community}/forums", "GET /{community}/forums/{id}", "GET /{community}/partners",
				"GET /{community}/partners/{id}");
		// Who sits in the forums is public; their e-mail only members see.
		rule(Rule.PUBLIC, "GET /{community}/people", "GET /{community}/people/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/forums/new", "GET /{community}/forums/{id}/edit",
				"POST /{community}/forums", "POST /{community}/forums/{id}", "POST /{community}/forums/{id}/members",
				"POST /{community}/forums/{id}/members/{membershipId}/end", "GET /{community}/partners/new",
				"GET /{community}/partners/{id}/edit", "POST /{community}/partners", "POST /{community}/partners/{id}",
				"GET /{community}/people/new", "POST /{community}/people");

		// Learning network: teams and figures are public, the members only for members (the service leaves them out).
		rule(Rule.PUBLIC, "GET /{community}/network", "GET /{community}/network/teams/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/network/teams/new", "POST /{community}/network/teams",
				"GET /{community}/network/teams/{id}/edit", "POST /{community}/network/teams/{id}",
				"POST /{community}/network/gatherings", "GET /{community}/network/gatherings/{eventId}/teams",
				"POST /{community}/network/gatherings/{eventId}/teams", "POST /{community}/network/gatherings/{eventId}/remove");

		// Funding.
		rule(Rule.PUBLIC, "GET /{community}/funding", "GET /{community}/funding/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/funding/new", "GET /{community}/funding/{id}/edit",
				"POST /{community}/funding", "POST /{community}/funding/{id}", "POST /{community}/funding/{id}/remove",
				"POST /{community}/funding/{id}/uses", "GET /{community}/funding/{id}/uses/{useId}/edit",
				"POST /{community}/funding/{id}/uses/{useId}", "POST /{community}/funding/{id}/uses/{useId}/remove");

		// Consultation: a closed round is a 404 to those outside the community, its answers only for their respondent.
		rule(Rule.PUBLIC, "GET /{community}/consultations", "GET /{community}/consultations/{id}",
				"GET /{community}/consultations/{id}/document", "GET /{community}/consultations/{id}/statement.pdf",
				"GET /{community}/consultations/{id}/statement.docx", "GET /{community}/consultations/{id}/answers.pdf",
				"GET /{community}/consultations/{id}/answers.docx", "GET /api/v1/communities/{community}/consultations",
				"GET /api/v1/communities/{community}/consultations/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/consultations/new", "POST /{community}/consultations",
				"GET /{community}/consultations/{id}/edit", "POST /{community}/consultations/{id}",
				"GET /{community}/consultations/{id}/statement", "POST /{community}/consultations/{id}/statement",
				"POST /{community}/consultations/{id}/close", "POST /{community}/consultations/{id}/document");
		rule(Rule.PARTNER, "GET /{community}/consultations/{id}/partners/{partnerId}",
				"POST /{community}/consultations/{id}/partners/{partnerId}");
		rule(Rule.FORUM, "GET /{community}/consultations/{id}/forums/{forumId}",
				"POST /{community}/consultations/{id}/forums/{forumId}");

		// Search: public; the service limits what the public finds.
		rule(Rule.PUBLIC, "GET /{community}/search", "GET /api/v1/communities/{community}/search");

		// Insight.
		rule(Rule.PUBLIC, "GET /{community}/insight", "GET /{community}/insight/dashboard",
				"GET /{community}/insight/dashboard/compare");
		rule(Rule.PUBLIC, "GET /{community}/insight/method");
		// Scenarios: anyone may try one and open a saved one's link (the figures are public, like the
		// dashboards); members save; the member who saved one (the demo's: a coordinator) and the
		// coordinators rename or delete it.
		rule(Rule.PUBLIC, "GET /{community}/insight/scenarios", "GET /{community}/insight/scenarios/{id}",
				"GET /{community}/insight/scenarios/compare", "GET /api/v1/communities/{community}/scenarios",
				"GET /api/v1/communities/{community}/scenarios/{id}");
		rule(Rule.MEMBER, "POST /{community}/insight/scenarios");
		rule(Rule.COORDINATOR, "GET /{community}/insight/scenarios/{id}/edit", "POST /{community}/insight/scenarios/{id}",
				"POST /{community}/insight/scenarios/{id}/delete");
		rule(Rule.COORDINATOR, "GET /{community}/insight/services/{service}/edit",
				"POST /{community}/insight/services/{service}");

		// Plans: public; the measure's owner reports status.
		rule(Rule.PUBLIC, "GET /{community}/plans", "GET /{community}/plans/{id}", "GET /{community}/plans/strategies/{id}",
				"GET /{community}/plans/{planId}/measures/{id}");
		rule(Rule.MEASURE, "POST /{community}/plans/{planId}/measures/{id}/status");
		rule(Rule.COORDINATOR, "GET /{community}/plans/new", "POST /{community}/plans", "GET /{community}/plans/{id}/edit",
				"POST /{community}/plans/{id}", "GET /{community}/plans/{id}/areas/new", "POST /{community}/plans/{id}/areas",
				"GET /{community}/plans/{id}/areas/{areaId}/edit", "POST /{community}/plans/{id}/areas/{areaId}",
				"GET /{community}/plans/{planId}/measures/new", "POST /{community}/plans/{planId}/measures",
				"GET /{community}/plans/{planId}/measures/{id}/edit", "POST /{community}/plans/{planId}/measures/{id}",
				"GET /{community}/plans/strategies/new", "POST /{community}/plans/strategies",
				"GET /{community}/plans/strategies/{id}/edit", "POST /{community}/plans/strategies/{id}",
				"GET /{community}/plans/strategies/{id}/focus-areas/new", "POST /{community}/plans/strategies/{id}/focus-areas",
				"GET /{community}/plans/strategies/{id}/focus-areas/{number}/edit",
				"POST /{community}/plans/strategies/{id}/focus-areas/{number}",
				"GET /{community}/plans/strategies/{id}/groups/new", "POST /{community}/plans/strategies/{id}/groups",
				"GET /{community}/plans/strategies/{id}/groups/{number}/edit",
				"POST /{community}/plans/strategies/{id}/groups/{number}");

		// Projects.
		rule(Rule.PUBLIC, "GET /{community}/projects", "GET /{community}/projects/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/projects/new", "POST /{community}/projects",
				"GET /{community}/projects/{id}/edit", "POST /{community}/projects/{id}",
				"GET /{community}/projects/{id}/budget", "POST /{community}/projects/{id}/budget",
				"GET /{community}/projects/{id}/members/new", "POST /{community}/projects/{id}/members",
				"POST /{community}/projects/{id}/members/{memberId}/remove", "GET /{community}/projects/{id}/milestones/new",
				"POST /{community}/projects/{id}/milestones", "GET /{community}/projects/{id}/subprojects/new",
				"POST /{community}/projects/{id}/subprojects", "GET /{community}/projects/{id}/subprojects/{subProjectId}/edit",
				"POST /{community}/projects/{id}/subprojects/{subProjectId}",
				"GET /{community}/projects/{id}/subprojects/{subProjectId}/tasks/new",
				"POST /{community}/projects/{id}/subprojects/{subProjectId}/tasks",
				"GET /{community}/projects/{id}/tasks/{taskId}/edit", "POST /{community}/projects/{id}/tasks/{taskId}",
				"POST /{community}/projects/{id}/tasks/{taskId}/status");

		// Reports.
		rule(Rule.PUBLIC, "GET /{community}/reports", "GET /{community}/reports/annual",
				"GET /{community}/reports/annual/{year}", "GET /{community}/reports/annual/{year}/report.pdf",
				"GET /{community}/reports/annual/{year}/report.docx", "GET /{community}/reports/action-plans/{id}",
				"GET /{community}/reports/action-plans/{id}/report.pdf",
				"GET /{community}/reports/action-plans/{id}/report.docx");
		rule(Rule.COORDINATOR, "GET /{community}/reports/annual/{year}/edit", "POST /{community}/reports/annual/{year}");
		// LIS1 placement: the rounds and places per municipality are public; the round's allocators (the
		// coordinators in the walk) see doctors and allocation; a municipality's contact offers its places;
		// a doctor's link is its secret.
		rule(Rule.PUBLIC, "GET /{community}/placement-rounds", "GET /{community}/placement-rounds/{round}",
				"GET /{community}/placement-wishes/{token}", "POST /{community}/placement-wishes/{token}",
				"GET /api/v1/communities/{community}/placement-rounds",
				"GET /api/v1/communities/{community}/placement-rounds/{id}");
		rule(Rule.COORDINATOR, "GET /{community}/placement-rounds/new", "POST /{community}/placement-rounds",
				"GET /{community}/placement-rounds/{round}/edit", "POST /{community}/placement-rounds/{round}",
				"GET /{community}/placement-rounds/{round}/doctors", "POST /{community}/placement-rounds/{round}/doctors",
				"POST /{community}/placement-rounds/{round}/doctors/import",
				"POST /{community}/placement-rounds/{round}/doctors/{doctor}/link",
				"GET /{community}/placement-rounds/{round}/allocation",
				"POST /{community}/placement-rounds/{round}/allocation/proposals",
				"POST /{community}/placement-rounds/{round}/allocation/moves",
				"POST /{community}/placement-rounds/{round}/allocation/approval",
				"GET /{community}/placement-rounds/{round}/allocation/allocation.pdf",
				"GET /{community}/placement-rounds/{round}/allocation/allocation.docx");
		rule(Rule.PARTNER, "GET /{community}/placement-rounds/{round}/partners/{partner}/offers",
				"POST /{community}/placement-rounds/{round}/partners/{partner}/offers",
				"GET /{community}/placement-rounds/{round}/partners/{partner}/offers/{offer}",
				"POST /{community}/placement-rounds/{round}/partners/{partner}/offers/{offer}");
	}

	private static void rule(Rule rule, String... endpoints) {
		for (String endpoint : endpoints) {
			if (RULES.put(endpoint, rule) != null) {
				throw new IllegalStateException("Two rules for " + endpoint);
			}
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void everyEndpointHasARule() {
		assertThat(endpoints().stream().filter(endpoint -> ruleOf(endpoint) == null).toList())
			.as("endpoints without a rule in EndpointRulesTests.RULES").isEmpty();
		assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(endpoints().stream()
			.flatMap(endpoint -> java.util.stream.Stream.of(endpoint, "* " + endpoint.substring(endpoint.indexOf(' ') + 1)))
			.toList());
	}

	@Test
	void everyRoleGetsWhatTheRuleOfEveryPageSays() {
		var ids = new DemoIds(jdbc);
		var principals = principals();
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Rule rule = ruleOf(endpoint);
			if (rule == null || rule == Rule.FRAMEWORK || !endpoint.startsWith("GET ")) {
				continue;
			}
			String path = ids.fill(endpoint.substring(4));
			for (Walker walker : walkersFor(rule)) {
				MvcResult result = perform(HttpMethod.GET, path, principals.get(walker));
				boolean refused = refused(result);
				if (refused == walker.mayUse(rule)) {
					wrong.add(endpoint + " (" + rule + ") as " + walker + ": " + describe(result));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void thePublicCannotWriteWhereTheRuleIsNotPublic() {
		var ids = new DemoIds(jdbc);
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Rule rule = ruleOf(endpoint);
			if (rule == null || rule == Rule.FRAMEWORK || rule == Rule.PUBLIC || endpoint.startsWith("GET ")) {
				continue;
			}
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			MvcResult result = perform(HttpMethod.valueOf(method), ids.fill(endpoint.substring(method.length() + 1)), null);
			if (!refused(result)) {
				wrong.add(endpoint + " (" + rule + ") as ANONYMOUS: " + describe(result));
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A public page is walked as the public and as a coordinator only: what the public may see,
	 * any signed-in role may (this keeps the walk within a minute).
	 */
	private static List<Walker> walkersFor(Rule rule) {
		return rule == Rule.PUBLIC ? List.of(Walker.ANONYMOUS, Walker.COORDINATOR) : List.of(Walker.values());
	}

	/** Refused: 401, 403, or sent to sign in. */
	private static boolean refused(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || (status == 302 && location != null && location.contains("/login"));
	}

	private static String describe(MvcResult result) {
		return result.getResponse().getStatus()
				+ (result.getResponse().getRedirectedUrl() == null ? "" : " → " + result.getResponse().getRedirectedUrl());
	}

	/** One request, its changes rolled back. */
	private MvcResult perform(HttpMethod method, String path, SignedInUser user) {
		var template = new TransactionTemplate(transactions);
		return template.execute(status -> {
			status.setRollbackOnly();
			try {
				MockHttpServletRequestBuilder request = request(method, path).with(csrf());
				if (method != HttpMethod.GET) {
					request.contentType("application/json").content("{}");
				}
				if (user != null) {
					request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
							user.getAuthorities())));
				}
				return mvc.perform(request).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(method + " " + path, ex);
			}
		});
	}

	private Map<Walker, SignedInUser> principals() {
		long ssu = jdbc.sql("select f.id from forum f join community c on c.id = f.community_id where c.slug = :c and f.short_name = 'SSU'")
			.param("c", SOGN)
			.query(Long.class)
			.single();
		var other = new SignedInUser("walk-ssu-secretary", "", false, "SSU secretary", Role.MEMBER, SOGN, null,
				List.of(new Grant(Role.FORUM_SECRETARY, SOGN, ssu)));
		Map<Walker, SignedInUser> principals = new LinkedHashMap<>();
		principals.put(Walker.ANONYMOUS, null);
		principals.put(Walker.MEMBER, AccountsForTests.signedIn(context, "medlem"));
		principals.put(Walker.OTHER_PARTNERS_CONTACT, AccountsForTests.signedIn(context, "kinn"));
		principals.put(Walker.PARTNER_CONTACT, AccountsForTests.signedIn(context, "sjukehus"));
		principals.put(Walker.OTHER_FORUMS_SECRETARY, other);
		principals.put(Walker.FORUM_SECRETARY, AccountsForTests.signedIn(context, "sekretar"));
		principals.put(Walker.MEASURE_OWNER, AccountsForTests.signedIn(context, "tiltakseigar"));
		principals.put(Walker.OTHER_COMMUNITYS_COORDINATOR, AccountsForTests.signedIn(context, "vestfold"));
		principals.put(Walker.COORDINATOR, AccountsForTests.signedIn(context, "koordinator"));
		return principals;
	}

	/** Every endpoint as "METHOD pattern"; a mapping for every method counts as GET. */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("* " + pattern);
				}
				methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
			}
		});
		return endpoints;
	}

	private static Rule ruleOf(String endpoint) {
		Rule rule = RULES.get(endpoint);
		return rule != null ? rule : RULES.get("* " + endpoint.substring(endpoint.indexOf(' ') + 1));
	}

	/**
	 * Fills an endpoint's path variables with ids of the demo data of Sogn og Fjordane, chosen by
	 * the path segment before each variable, so that the scoped roles meet their own things.
	 */
	static final class DemoIds {

		private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");

		private final Map<String, String> bySegment = new LinkedHashMap<>();

		DemoIds(JdbcClient jdbc) {
			long community = one(jdbc, "select id from community where slug = 'sogn-og-fjordane'", 0);
			long helseForde = one(jdbc, "select id from partner where community_id = :c and name = 'Helse Førde'", community);
			long fsu = one(jdbc, "select id from forum where community_id = :c and short_name = 'FSU'", community);
			long meeting = one(jdbc, "select min(id) from meeting where community_id = :c and forum_id = " + fsu, community);
			long measure = one(jdbc, "select min(id) from measure where community_id = :c and title = 'Revisjon av avtaleporteføljen'", community);
			long project = one(jdbc, "select min(id) from project where community_id = :c", community);
			long grant = one(jdbc, "select min(id) from funding_grant where community_id = :c", community);
			bySegment.put("community", SOGN);
			bySegment.put("communitySlug", SOGN);
			bySegment.put("agreements", id(jdbc, "select min(id) from agreement where community_id = :c", community));
			// The newest version of the first agreement: the framework agreement's draft in the demo.
			bySegment.put("versions", id(jdbc, "select max(id) from agreement_version where agreement_id = " + bySegment.get("agreements") + " and :c > 0", community));
			bySegment.put("implementation", String.valueOf(helseForde));
			bySegment.put("implementations", String.valueOf(helseForde));
			bySegment.put("partners", String.valueOf(helseForde));
			bySegment.put("meetings", String.valueOf(meeting));
			bySegment.put("cases", id(jdbc, "select coalesce(min(id), 0) from meeting_case where community_id = :c and forum_id = " + fsu, community));
			bySegment.put("attachments", id(jdbc, "select coalesce(min(id), 0) from case_attachment where community_id = :c", community));
			bySegment.put("matters", id(jdbc, "select min(s.matter_id) from anchoring_step s join matter m on m.id = s.matter_id where m.community_id = :c and s.forum_id = " + fsu, community));
			bySegment.put("steps", id(jdbc, "select min(s.number) from anchoring_step s where s.forum_id = " + fsu + " and s.matter_id = " + bySegment.get("matters") + " and :c > 0", community));
			bySegment.put("deviations", id(jdbc, "select coalesce(min(id), 0) from deviation where community_id = :c and receiving_partner_id = " + helseForde, community));
			bySegment.put("events", id(jdbc, "select min(id) from event where community_id = :c", community));
			bySegment.put("cancel", "no-such-token");
			bySegment.put("confirm", "no-such-token");
			bySegment.put("forums", String.valueOf(fsu));
			bySegment.put("members", id(jdbc, "select coalesce(min(id), 0) from membership where forum_id = " + fsu + " and :c > 0", community));
			bySegment.put("people", id(jdbc, "select min(id) from person where community_id = :c", community));
			bySegment.put("funding", String.valueOf(grant));
			bySegment.put("teams", id(jdbc, "select coalesce(min(id), 0) from network_team where community_id = :c", community));
			bySegment.put("gatherings", id(jdbc, "select coalesce(min(event_id), 0) from network_gathering where community_id = :c", community));
			bySegment.put("uses", id(jdbc, "select coalesce(min(id), 0) from grant_use where grant_id = " + grant + " and :c > 0", community));
			bySegment.put("services", id(jdbc, "select min(service) from service_rate where community_id = :c", community));
			bySegment.put("previews", "0");
			bySegment.put("strategies", id(jdbc, "select min(id) from strategy where community_id = :c", community));
			bySegment.put("focus-areas", "1");
			bySegment.put("groups", "1");
			bySegment.put("plans", id(jdbc, "select action_plan_id from measure where id = " + measure + " and :c > 0", community));
			bySegment.put("areas", id(jdbc, "select area_id from measure where id = " + measure + " and :c > 0", community));
			bySegment.put("measures", String.valueOf(measure));
			bySegment.put("action-plans", id(jdbc, "select action_plan_id from measure where id = " + measure + " and :c > 0", community));
			bySegment.put("annual", "2024");
			bySegment.put("projects", String.valueOf(project));
			bySegment.put("subprojects", id(jdbc, "select coalesce(min(id), 0) from sub_project where project_id = " + project + " and :c > 0", community));
			bySegment.put("tasks", id(jdbc, "select coalesce(min(t.id), 0) from project_task t join sub_project s on s.id = t.sub_project_id where s.project_id = " + project + " and :c > 0", community));
			bySegment.put("accounts", "medlem");
			bySegment.put("setup", "no-such-token");
			bySegment.put("tokens", "0");
			bySegment.put("sign-ins", "0");
			bySegment.put("invitations", "0");
			bySegment.put("providers", "ansattporten");
			bySegment.put("mail", "0");
			bySegment.put("status-updates", "0");
			bySegment.put("calendar-feed", "no-such-token");
			long round = one(jdbc, "select coalesce(max(id), 0) from placement_round where community_id = :c", community);
			bySegment.put("placement-rounds", String.valueOf(round));
			bySegment.put("placement-wishes", "no-such-token");
			bySegment.put("doctors", id(jdbc, "select coalesce(min(id), 0) from placement_doctor where round_id = " + round + " and :c > 0", community));
			bySegment.put("offers", id(jdbc, "select coalesce(min(id), 0) from placement_offer where round_id = " + round + " and :c > 0", community));
			bySegment.put("consultations", id(jdbc, "select min(id) from consultation where community_id = :c", community));
			bySegment.put("collections", id(jdbc, "select coalesce(min(c.id), 0) from data_collection c join collection_partner p on p.collection_id = c.id where c.community_id = :c and c.status = 'OPEN' and p.partner_id = " + helseForde, community));
			bySegment.put("answers", String.valueOf(helseForde));
			bySegment.put("scenarios", id(jdbc, "select coalesce(min(id), 0) from insight_scenario where community_id = :c", community));
		}

		/** The path with its variables filled; a variable after an unknown segment is an error of this test. */
		String fill(String pattern) {
			String[] segments = pattern.split("/");
			for (int i = 1; i < segments.length; i++) {
				Matcher variable = VARIABLE.matcher(segments[i]);
				if (variable.find()) {
					String name = variable.group(1);
					String key = bySegment.containsKey(name) && name.startsWith("community") ? name : segments[i - 1];
					String value = bySegment.get(key);
					if (value == null) {
						throw new IllegalStateException("No demo id for " + segments[i] + " after " + key + " in " + pattern);
					}
					segments[i] = variable.replaceFirst(Matcher.quoteReplacement(value));
				}
			}
			return String.join("/", segments);
		}

		private static String id(JdbcClient jdbc, String sql, long community) {
			return String.valueOf(jdbc.sql(sql).param("c", community).query().singleValue());
		}

		private static long one(JdbcClient jdbc, String sql, long community) {
			var query = jdbc.sql(sql);
			if (sql.contains(":c")) {
				query = query.param("c", community);
			}
			return ((Number) query.query().singleValue()).longValue();
		}

	}

}
