package no.samhald.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class BodySizeLimitTests {

	private static final String IMPORT = "/api/v1/communities/sogn-og-fjordane/population/imports";

	private static final String COORDINATOR = "Basic "
			+ Base64.getEncoder().encodeToString("koordinator:samhald-demo".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Value("${samhald.max-body-size}")
	DataSize bodyLimit;

	@Test
	void aRawJsonStatImportOverTheLimitSentWithoutALengthIsRefusedWith413InTheCallersLanguage() throws Exception {
		long tooLarge = bodyLimit.toBytes() + 1;
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT + "?lang=en"))
			.header("Authorization", COORDINATOR)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			// An input stream of unknown length goes out chunked, so only counting can find the size.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatedBytes(tooLarge)))
			.build();

		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
		assertThat(response.body()).contains("\"status\":413").doesNotContain("Exception", "java.");
	}

	@Test
	void aBodyWhoseLengthIsOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
		String api = raw("POST " + IMPORT + " HTTP/1.1", "Authorization: " + COORDINATOR,
				"Content-Type: application/json", "Content-Length: " + (bodyLimit.toBytes() + 1));
		assertThat(api).startsWith("HTTP/1.1 413").contains("application/problem+json", "Fila eller skjemaet er større");

		String form = raw("POST /sogn-og-fjordane/forums HTTP/1.1", "Content-Type: application/x-www-form-urlencoded",
				"Accept: text/html", "Content-Length: " + DataSize.ofMegabytes(50).toBytes());
		assertThat(form).startsWith("HTTP/1.1 413").contains("Fila eller skjemaet er større");

		String upload = raw("POST /sogn-og-fjordane/cases/1/attachments HTTP/1.1",
				"Content-Type: multipart/form-data; boundary=x", "Accept: text/html",
				"Content-Length: " + DataSize.ofMegabytes(500).toBytes());
		assertThat(upload).startsWith("HTTP/1.1 413");
	}

	/**
	 * Sends only the head of a request (no body at all) and reads the answer: until the server
	 * closes, or until it has said nothing more for a while (it may still wait for the body).
	 */
	private String raw(String requestLine, String... headers) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			var head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
			for (String header : headers) {
				head.append(header).append("\r\n");
			}
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			var answer = new java.io.ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = socket.getInputStream().read(buffer)) > 0;) {
					answer.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketTimeoutException ex) {
				// The answer came (or not: then the assertions say so); the server waits for a body.
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	/** So many bytes of JSON-looking filler, without holding them in memory. */
	private static final class RepeatedBytes extends InputStream {

		private long left;

		RepeatedBytes(long count) {
			this.left = count;
		}

		@Override
		public int read() {
			return left-- > 0 ? ' ' : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
			left -= n;
			return n;
		}

	}

}
