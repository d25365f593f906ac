package no.samhald.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;

/** The JSON API answers with an ETag and 304 when the client has it, and gzip when asked for. */
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
	void answersAreCompressedForClientsThatAcceptGzip() throws Exception {
		var response = http.send(get(PARTNERS).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
