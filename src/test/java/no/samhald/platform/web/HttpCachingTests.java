package no.samhald.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;

/** The JSON API and a visitor's pages answer with an ETag and 304 when the client has it, and gzip when asked for. */
@SamhaldTest
class HttpCachingTests {

	private static final String PARTNERS = "/api/v1/communities/sogn-og-fjordane/partners";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnchangedAnswerIsNotSentAgain() throws Exception {
		var first = http.send(get(PARTNERS).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		var again = http.send(get(PARTNERS).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aVisitorsPageIsTaggedAndAskedForAgainRatherThanStored() throws Exception {
		var first = http.send(get("/sogn-og-fjordane/forums").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		var again = http.send(get("/sogn-og-fjordane/forums").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	/** The sign-in page holds a session's form token: the browser must not keep it. */
	@Test
	void aPageWithASessionsFormTokenIsNeitherTaggedNorStored() throws Exception {
		var login = http.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.body()).contains("name=\"_csrf\"");
		assertThat(login.headers().firstValue("ETag")).isEmpty();
		assertThat(login.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
	}

	@Test
	void answersAreCompressedForClientsThatAcceptGzip() throws Exception {
		var response = http.send(get(PARTNERS).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
