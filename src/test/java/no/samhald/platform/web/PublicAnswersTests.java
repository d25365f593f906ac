package no.samhald.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;

/** Visitors' pages kept in memory are never older than the data, and never given to a signed-in person. */
@SamhaldTest
class PublicAnswersTests {

	private static final String PROJECTS = "/sogn-og-fjordane/projects";

	private static final String MEMBER = "Basic "
			+ Base64.getEncoder().encodeToString("medlem:samhald-demo".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Written straight into the database, past every service: a kept page is still made again. */
	@Test
	void aVisitorsPageShowsWhatWasWrittenAfterItWasKept() throws Exception {
		long project = jdbc.sql("select p.id from project p join community c on c.id = p.community_id"
				+ " where c.slug = 'sogn-og-fjordane' order by p.id limit 1").query(Long.class).single();
		String name = jdbc.sql("select name from project where id = ?").param(project).query(String.class).single();
		assertThat(visitorsPage(PROJECTS)).contains(name);
		assertThat(visitorsPage(PROJECTS)).contains(name);
		try {
			jdbc.sql("update project set name = ? where id = ?").params(name + " (omdøypt)", project).update();

			assertThat(visitorsPage(PROJECTS)).contains(name + " (omdøypt)");
		}
		finally {
			jdbc.sql("update project set name = ? where id = ?").params(name, project).update();
		}
		assertThat(visitorsPage(PROJECTS)).doesNotContain(name + " (omdøypt)");
	}

	@Test
	void aSignedInPersonGetsTheirOwnPageNotTheVisitorsKeptOne() throws Exception {
		assertThat(visitorsPage(PROJECTS)).doesNotContain("id=\"own-account\"");
		assertThat(visitorsPage(PROJECTS)).doesNotContain("id=\"own-account\"");

		var members = http.send(get(PROJECTS).header("Authorization", MEMBER).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(members.statusCode()).isEqualTo(200);
		assertThat(members.body()).contains("id=\"own-account\"");
		assertThat(visitorsPage(PROJECTS)).doesNotContain("id=\"own-account\"");
	}

	@Test
	void aKeptPageKeepsItsLanguageAndHeaders() throws Exception {
		visitorsPage(PROJECTS);
		var kept = http.send(get(PROJECTS).build(), HttpResponse.BodyHandlers.ofString());
		var english = http.send(get(PROJECTS).header("Cookie", "samhald-lang=en").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(kept.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(kept.headers().firstValue("Content-Language")).hasValue("nn");
		assertThat(kept.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(kept.headers().firstValue("ETag")).isPresent();
		assertThat(kept.body()).contains("lang=\"nn\"");
		assertThat(english.body()).contains("lang=\"en\"");
	}

	private String visitorsPage(String path) throws Exception {
		var response = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
