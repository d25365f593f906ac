package no.samhald.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.partnership.Partners;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's three ways in: a browser session (with its CSRF token for writes), HTTP Basic (the
 * counted sign-in of the form), and personal access tokens made on the account page.
 */
@SamhaldTest
class ApiAuthenticationIntegrationTests {

	private static final Pattern NEW_TOKEN = Pattern.compile("<code id=\"new-token\">([^<]+)</code>");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void basicAuthShowsWhoTheCallerIsWithTheirPartnerByName() throws Exception {
		var response = get("/api/v1/me", basic("sjukehus", "samhald-demo"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = JSON.readTree(response.body());
		assertThat(me.get("username").asString()).isEqualTo("sjukehus");
		assertThat(me.get("email").asString()).isEqualTo("sjukehus@samhald.example");
		assertThat(me.get("roles").valueStream()
			.filter(role -> role.get("role").asString().equals("PARTNER_CONTACT"))
			.map(role -> role.get("community").asString() + "/" + role.get("partnerName").asString()
					+ "/" + role.get("partnerId").isNumber()))
			.contains("sogn-og-fjordane/Helse Førde/true");
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for a Basic call").isEmpty();
	}

	@Test
	void theAnonymousAreToldToAuthenticateAsProblemJson() throws Exception {
		var response = get("/api/v1/me", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aWrongBasicPasswordCountsTowardsTheLockOutLikeTheSignInForm() throws Exception {
		String username = newAccount();
		String address = "192.0.2." + (1 + (int) (Math.random() * 250));

		var refused = http.send(HttpRequest.newBuilder(uri("/api/v1/me"))
			.header("Authorization", basic(username, "wrong-password"))
			.header("X-Forwarded-For", address)
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(jdbc.sql("select failed_attempts from account where username = :u").param("u", username)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select detail from audit_entry where action = 'signin.failed' and subject = :s")
			.param("s", "account " + username).query(String.class).list()).containsExactly("from " + address);
	}

	@Test
	void aTokenMadeOnTheAccountPageIsShownOnceStoredHashedAndWorksUntilRevoked() throws Exception {
		String username = newAccount();
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");
		String token = createToken(browser, "Rapportverktøy", LocalDate.now(clock).plusDays(30));

		assertThat(token).startsWith(AccessTokens.PREFIX);
		assertThat(browser.get("/account/tokens").body()).as("shown once").doesNotContain(token).contains("Rapportverktøy");
		assertThat(jdbc.sql("select token_hash from access_token t join account a on a.id = t.account_id where a.username = :u")
			.param("u", username).query(String.class).single()).isEqualTo(no.samhald.platform.SecretTokens.hash(token))
			.hasSize(64).doesNotContain(token.substring(AccessTokens.PREFIX.length()));

		var me = get("/api/v1/me", "Bearer " + token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo(username);
		assertThat(me.headers().allValues("Set-Cookie")).as("no session for a token call").isEmpty();
		assertThat(browser.get("/account/tokens").body()).doesNotContain("Aldri");

		long id = jdbc.sql("select t.id from access_token t join account a on a.id = t.account_id where a.username = :u")
			.param("u", username).query(Long.class).single();
		assertThat(browser.post("/account/tokens/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(302);
		var revoked = get("/api/v1/me", "Bearer " + token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(jdbc.sql("select action from audit_entry where subject = :s and action like 'account.token-%' order by id")
			.param("s", "account " + username).query(String.class).list())
			.containsExactly("account.token-created", "account.token-revoked");
	}

	@Test
	void aTokenStopsWhileItsAccountIsLockedAndWithTheAccount() throws Exception {
		String username = newAccount();
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");
		String token = createToken(browser, "Låst", LocalDate.now(clock).plusDays(30));
		assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);

		jdbc.sql("update account set locked_until = now() + interval '15 minutes' where username = :u").param("u", username)
			.update();
		assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).as("locked").isEqualTo(401);

		jdbc.sql("update account set locked_until = null where username = :u").param("u", username).update();
		assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).as("unlocked").isEqualTo(200);

		jdbc.sql("delete from account where username = :u").param("u", username).update();
		assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).as("deleted").isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String username = newAccount();
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");
		String token = createToken(browser, "Kortvarig", LocalDate.now(clock));
		assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);

		jdbc.sql("update access_token set expires_on = :yesterday where token_hash = :hash")
			.param("yesterday", LocalDate.now(clock).minusDays(1)).param("hash", no.samhald.platform.SecretTokens.hash(token)).update();

		assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(401);
		assertThat(browser.get("/account/tokens").body()).contains("Gått ut");
	}

	@Test
	void anExpiryMoreThanAYearAheadIsRefusedOnTheForm() {
		String username = newAccount();
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");
		browser.get("/account/tokens");
		var refused = browser.post("/account/tokens",
				Map.of("name", "For lenge", "expiresOn", LocalDate.now(clock).plusYears(2).toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"expiresOn-error\"");
		assertThat(jdbc.sql("select count(*) from access_token t join account a on a.id = t.account_id where a.username = :u")
			.param("u", username).query(Integer.class).single()).isZero();
	}

	@Test
	void aWriteWithATokenNeedsNoCsrfTokenWhileASessionStillDoes() throws Exception {
		String username = newAccount();
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");
		String token = createToken(browser, "Avvikssystem", LocalDate.now(clock).plusDays(7));

		var reported = http.send(HttpRequest.newBuilder(uri("/api/v1/communities/sogn-og-fjordane/deviations"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(deviation()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(reported.statusCode()).isEqualTo(201);
		assertThat(reported.headers().allValues("Set-Cookie")).isEmpty();

		var withSessionOnly = http.send(HttpRequest.newBuilder(uri("/api/v1/communities/sogn-og-fjordane/deviations"))
			.header("Cookie", "SESSION=" + browser.session())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(deviation()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(withSessionOnly.statusCode()).as("a session without its CSRF token").isEqualTo(403);
		assertThat(withSessionOnly.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
	}

	@Test
	void theSessionStillServesTheApi() throws Exception {
		String username = newAccount();
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");
		var me = http.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Cookie", "SESSION=" + browser.session()).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("roles").get(0).get("role").asString()).isEqualTo("MEMBER");
	}

	@Test
	void anUnknownTokenIsRefused() throws Exception {
		var response = get("/api/v1/communities/sogn-og-fjordane/partners", "Bearer " + AccessTokens.PREFIX + "made-up");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
	}

	private String createToken(WebClient browser, String name, LocalDate expiresOn) {
		browser.get("/account/tokens");
		var created = browser.post("/account/tokens", Map.of("name", name, "expiresOn", expiresOn.toString()));
		assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/account/tokens?created");
		Matcher shown = NEW_TOKEN.matcher(browser.get("/account/tokens?created").body());
		assertThat(shown.find()).as("the new token on the page").isTrue();
		return shown.group(1);
	}

	private String deviation() {
		long community = communities.bySlug("sogn-og-fjordane").id();
		return """
				{"reportingPartnerId": %d, "receivingPartnerId": %d, "eventDate": "%s", "category": "DISCHARGE",
				 "patientGroup": "FRAIL_ELDERLY", "description": "Utskriven utan epikrise.",
				 "consequence": "Forseinka oppfølging.", "reporterReference": "Synergi token-%s"}
				""".formatted(partnerId(community, "Kinn"), partnerId(community, "Førde sentralsjukehus"),
				LocalDate.now(clock).minusDays(1), UUID.randomUUID().toString().substring(0, 8));
	}

	private long partnerId(long community, String name) {
		return partners.all(community).stream().filter(p -> p.name().equals(name) || name.equals(p.shortName()))
			.findFirst().orElseThrow().id();
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private String newAccount() {
		String username = "apiauth-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Test " + username, Role.MEMBER, "sogn-og-fjordane");
		return username;
	}

}
