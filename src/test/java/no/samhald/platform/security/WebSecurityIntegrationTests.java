package no.samhald.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class WebSecurityIntegrationTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");

	private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger(
			(int) (Math.random() * 750));

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Value("${samhald.sign-in.failures-per-address:20}")
	int failuresPerAddress;

	@Value("${samhald.public-writes.per-address:30}")
	int publicWritesPerAddress;

	@Test
	void everyPageForbidsInlineScriptAndFramingAndKeepsTheAddressFromOtherSites() {
		var response = new WebClient(port).get("/sogn-og-fjordane/insight/dashboard");
		String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
		assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.body()).contains("/js/dashboard-charts.js");
		assertThat(new WebClient(port).get("/js/dashboard-charts.js").statusCode()).isEqualTo(200);
	}

	@Test
	void noTemplateHasAnInlineScriptOrAnEventHandlerAttribute() throws IOException {
		var offending = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				if (INLINE_SCRIPT.matcher(html).find() || EVENT_HANDLER.matcher(html).find()) {
					offending.add(file.toString());
				}
			}
		}
		assertThat(offending).isEmpty();
	}

	@Test
	void behindATlsProxyHstsIsSentAndTheSessionCookieIsSecure() {
		var proxied = new WebClient(port).header("X-Forwarded-Proto", "https").get("/login");
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
		assertThat(proxied.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement().asString().containsIgnoringCase("; Secure");

		var plain = new WebClient(port).get("/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement().asString().doesNotContainIgnoringCase("Secure");
	}

	@Test
	void theSessionIdChangesAtSignInSoThatAPlantedIdIsWorthNothing() {
		String username = newAccount();
		var client = new WebClient(port).from(address());
		client.get("/login");
		String planted = client.session();
		assertThat(planted).isNotNull();

		assertThat(client.signIn(username, "right-password").headers().firstValue("Location")).get()
			.asString().doesNotContain("error");
		assertThat(client.session()).isNotNull().isNotEqualTo(planted);
		assertThat(client.get("/account/password").statusCode()).isEqualTo(200);
		assertThat(new WebClient(port).useSession(planted).get("/account/password").statusCode()).isEqualTo(302);
	}

	@Test
	void aPasswordChangeEndsThePersonsOtherSessionsButNotTheOneThatMadeIt() {
		String username = newAccount();
		var here = new WebClient(port).from(address());
		var elsewhere = new WebClient(port).from(address());
		here.signIn(username, "right-password");
		elsewhere.signIn(username, "right-password");
		assertThat(elsewhere.get("/account/password").statusCode()).isEqualTo(200);

		here.get("/account/password");
		var changed = here.post("/account/password", Map.of("currentPassword", "right-password", "newPassword",
				"a-new-password-1", "repeatPassword", "a-new-password-1"));

		assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/account/password?changed");
		assertThat(here.get("/account/password").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/account/password").statusCode()).as("the other session").isEqualTo(302);
	}

	@Test
	void parallelAttemptsOnOneAccountAllCountAndOnlyTheLimitIsChecked() throws Exception {
		String username = newAccount();
		int attempts = 3 * Accounts.MAX_FAILED_ATTEMPTS;

		List<Boolean> allowed = inParallel(attempts, () -> accounts.startAttempt(username));

		assertThat(allowed.stream().filter(a -> a).count()).isEqualTo(Accounts.MAX_FAILED_ATTEMPTS);
		assertThat(failedAttempts(username)).isEqualTo(attempts);
	}

	@Test
	void parallelWrongGuessesLockTheAccountSoTheRightPasswordIsRefusedAfterwards() throws Exception {
		String username = newAccount();
		List<Integer> statuses = inParallel(3 * Accounts.MAX_FAILED_ATTEMPTS, () -> new WebClient(port).from(address())
			.header("Authorization", basic(username, "wrong-" + UUID.randomUUID()))
			.get("/api/v1/communities")
			.statusCode());
		assertThat(statuses).containsOnly(401);

		assertThat(accounts.find(username).orElseThrow().isAccountNonLocked()).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'account.locked' and subject = :subject")
			.param("subject", "account " + username).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anAddressThatHasUsedUpItsFailuresIsRefusedBeforeAnyPasswordIsCheckedWhileOthersGoOn() {
		String address = address();
		var guesser = new WebClient(port).from(address);
		for (int i = 0; i < failuresPerAddress; i++) {
			// Different names each time: the account lock-out alone would not stop this.
			assertThat(guesser.signIn("nobody-" + UUID.randomUUID(), "guess").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		}

		var refused = guesser.signIn("koordinator", "samhald-demo");
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));
		assertThat(guesser.get("/login?throttled").body()).contains("For mange mislukka innloggingar");
		var api = new WebClient(port).from(address).header("Authorization", basic("koordinator", "samhald-demo"))
			.get("/api/v1/communities");
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After")).isPresent();

		var someoneElse = new WebClient(port).from(address()).signIn("koordinator", "samhald-demo");
		assertThat(someoneElse.headers().firstValue("Location")).get().asString().doesNotContain("error", "throttled");
	}

	@Test
	void anAddressThatSendsTooManyPublicRegistrationsIsAskedToWaitWhileOthersGoOn() {
		var sender = new WebClient(port).from(address());
		for (int i = 0; i < publicWritesPerAddress; i++) {
			assertThat(sender.post("/sogn-og-fjordane/events/0/registrations", Map.of("name", "x")).statusCode())
				.isNotEqualTo(429);
		}

		var refused = sender.post("/sogn-og-fjordane/events/0/registrations", Map.of("name", "x"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("For mange");
		assertThat(new WebClient(port).from(address()).post("/sogn-og-fjordane/events/0/registrations",
				Map.of("name", "x")).statusCode()).isNotEqualTo(429);
	}

	@Test
	void failedSignInsAreAuditedWithoutWhatWasTypedAsTheName() {
		String username = newAccount();
		String address = address();
		new WebClient(port).from(address).signIn(username, "wrong");
		String typo = "typed-" + UUID.randomUUID();
		new WebClient(port).from(address).signIn(typo, "wrong");

		assertThat(jdbc.sql("select detail from audit_entry where action = 'signin.failed' and subject = :subject")
			.param("subject", "account " + username).query(String.class).list()).containsExactly("from " + address);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject like :typed or detail like :typed")
			.param("typed", "%" + typo + "%").query(Integer.class).single()).isZero();
	}

	@Test
	void accountCreationUnlockAndPasswordChangeAreAudited() {
		String username = newAccount();
		accounts.unlock(username, "sogn-og-fjordane");
		accounts.changePassword(username, "another-password");
		assertThat(jdbc.sql("select action from audit_entry where subject = :subject order by id")
			.param("subject", "account " + username).query(String.class).list())
			.containsExactly("account.created", "account.unlocked", "account.password");
	}

	private int failedAttempts(String username) {
		return jdbc.sql("select failed_attempts from account where username = :username")
			.param("username", username).query(Integer.class).single();
	}

	/** Runs the work that many times at once, all released together. */
	private static <T> List<T> inParallel(int times, Callable<T> work) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(times);
		try {
			var futures = new ArrayList<java.util.concurrent.Future<T>>();
			for (int i = 0; i < times; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String basic(String username, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** A client address of this test's own (documentation range), so no other test's failures count. */
	private static String address() {
		int n = NEXT_ADDRESS.getAndIncrement() % 750;
		return new String[] { "192.0.2.", "198.51.100.", "203.0.113." }[n / 250] + (1 + n % 250);
	}

	private String newAccount() {
		String username = "websec-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Test " + username, Role.MEMBER, "sogn-og-fjordane");
		return username;
	}

}
