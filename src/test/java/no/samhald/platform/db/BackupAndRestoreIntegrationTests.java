package no.samhald.platform.db;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.Api;
import no.samhald.SamhaldApplication;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.meeting.Attachment;
import no.samhald.meeting.Attachments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the running demo installation, restored into a fresh database, on which a second
 * Samhald starts as a production installation would (an external database, so no demo): every
 * record and the bytes of an attachment are there, the first administrator comes from the
 * one-time link in the log, and the demo passwords in the copied accounts do not sign in.
 */
@SamhaldTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupAndRestoreIntegrationTests {

	@Autowired
	DataSource source;

	@Autowired
	Communities communities;

	@Autowired
	Attachments attachments;

	@LocalServerPort
	int sourcePort;

	private Map<String, Long> sourceCounts;

	private Map<String, Long> restoredCounts;

	private byte[] attachmentContent;

	private String attachmentPath;

	private ConfigurableApplicationContext restored;

	private int restoredPort;

	private String setupLink;

	@BeforeAll
	void backUpRestoreIntoAFreshDatabaseAndStartSamhaldOnIt(CapturedOutput output, @TempDir Path directory) throws Exception {
		var sogn = communities.findBySlug(SignedIn.SOGN).orElseThrow();
		long caseId = JdbcClient.create(source)
			.sql("select min(c.id) from meeting_case c join meeting m on m.id = c.meeting_id "
					+ "where c.community_id = :community and m.status <> 'MINUTES_APPROVED'")
			.param("community", sogn.id())
			.query(Long.class)
			.single();
		attachmentContent = everyByteValue();
		Attachment attachment = SignedIn.asCoordinator(() -> attachments.attach(sogn, caseId, "sikring.pdf", attachmentContent));
		attachmentPath = "/" + SignedIn.SOGN + "/cases/" + caseId + "/attachments/" + attachment.id();

		String sourceUrl = source.unwrap(HikariDataSource.class).getJdbcUrl();
		Path backup = directory.resolve("samhald-backup.zip");
		sourceCounts = rowCounts(source);
		DatabaseCommand.run("--samhald.backup=" + backup, "--spring.datasource.url=" + sourceUrl);

		String freshDatabase = "restored_" + ProcessHandle.current().pid();
		JdbcClient.create(source).sql("create database " + freshDatabase).update();
		String restoredUrl = sourceUrl.replace("/postgres?", "/" + freshDatabase + "?");
		DatabaseCommand.run("--samhald.restore=" + backup, "--spring.datasource.url=" + restoredUrl);
		var restoredDatabase = new PGSimpleDataSource();
		restoredDatabase.setURL(restoredUrl);
		restoredCounts = rowCounts(restoredDatabase);

		restored = new SpringApplicationBuilder(SamhaldApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + restoredUrl, "--spring.datasource.username=postgres");
		restoredPort = Integer.parseInt(restored.getEnvironment().getProperty("local.server.port"));
		var link = Pattern.compile("https?://\\S+/setup/[A-Za-z0-9_-]+").matcher(output.getAll());
		setupLink = link.find() ? link.group() : null;
	}

	@AfterAll
	void stopTheRestoredSamhald() {
		if (restored != null) {
			restored.close();
		}
	}

	@Test
	void everyRecordOfEveryTableIsInTheRestoredDatabase() {
		assertThat(sourceCounts).containsKeys("account", "meeting_case", "case_attachment", "audit_entry");
		assertThat(restoredCounts).isEqualTo(sourceCounts);
	}

	@Test
	@Order(1)
	void theFirstAdministratorComesFromAOneTimeSetupLinkInTheLog() throws Exception {
		assertThat(setupLink).as("a setup link in the log").isNotNull();
		String path = URI.create(setupLink).getPath();
		// The setup page is reached only here (the shared test context has an administrator, so its
		// links are never valid there): the accessibility check of the page and of its errors.
		var seen = new no.samhald.Browser(restoredPort).reset().open(path);
		assertThat(seen.seriousAccessibilityViolations()).as("the setup page").isEmpty();
		assertThat(seen.reachesByTab("form.form button[type=submit]")).as("the Tab key reaches the button").isTrue();
		seen.submit("form.form");
		assertThat(seen.find("#username").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(seen.seriousAccessibilityViolations()).as("the setup page with errors").isEmpty();
		var browser = new CookieBrowser(restoredPort);

		var page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		var created = browser.post(path, csrf(page.body()), Map.of("username", "driftsansvarleg", "displayName",
				"Drift", "password", "eit-langt-passord-for-drift", "repeatPassword", "eit-langt-passord-for-drift"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?setup"));

		assertThat(new Api(restoredPort).as("driftsansvarleg", "eit-langt-passord-for-drift").get("/account/password").status())
			.isEqualTo(200);
		assertThat(browser.get(path).statusCode()).as("the link works once").isEqualTo(410);
		assertThat(seen.open(path).seriousAccessibilityViolations()).as("the page of a used link").isEmpty();
	}

	@Test
	@Order(2)
	void theRestoredSamhaldServesTheAttachmentByteForByte() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
				"http://localhost:" + restoredPort + attachmentPath))
			.header("Authorization", basic("driftsansvarleg", "eit-langt-passord-for-drift"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(attachmentContent);
	}

	@Test
	void aDemoPasswordSignsInOnlyInDemoMode() {
		assertThat(new Api(sourcePort).as("koordinator", "samhald-demo").get("/account/password").status()).isEqualTo(200);
		assertThat(new Api(restoredPort).as("koordinator", "samhald-demo").get("/account/password").status()).isEqualTo(401);
		assertThat(new Api(restoredPort).as("admin", "samhald-admin").get("/account/password").status()).isEqualTo(401);
	}

	private static Map<String, Long> rowCounts(DataSource dataSource) {
		var jdbc = JdbcClient.create(dataSource);
		Map<String, Long> counts = new TreeMap<>();
		for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'")
			.query(String.class)
			.list()) {
			counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
		}
		return counts;
	}

	/** A PDF header, then every byte value, so that no encoding slip goes unnoticed. */
	private static byte[] everyByteValue() {
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		byte[] content = new byte[header.length + 256];
		System.arraycopy(header, 0, content, 0, header.length);
		for (int i = 0; i < 256; i++) {
			content[header.length + i] = (byte) i;
		}
		return content;
	}

	private static String csrf(String page) {
		var token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token in the form").isTrue();
		return token.group(1);
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Keeps the session cookie between requests, as a browser does, so that CSRF tokens match. */
	private static final class CookieBrowser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final int port;

		CookieBrowser(int port) {
			this.port = port;
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String csrf, Map<String, String> fields) throws Exception {
			var body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
			fields.forEach((name, value) -> body.append('&').append(name).append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
