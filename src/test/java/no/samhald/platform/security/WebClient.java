package no.samhald.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session over plain HTTP: keeps the session cookie by hand (so a test can read and
 * swap it), reads the CSRF token from the last page, sends headers a TLS proxy would add.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?:^|,)\\s*SESSION=([^;]*)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String session;

	private String csrf;

	WebClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		headers.put("Accept", "text/html");
	}

	/** Every request from now on comes through a proxy for this client address. */
	WebClient from(String address) {
		headers.put("X-Forwarded-For", address);
		return this;
	}

	WebClient header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	String session() {
		return session;
	}

	WebClient useSession(String id) {
		session = id;
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Posts a form with the CSRF token of the last page shown (a GET first if none). */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		if (csrf == null) {
			get("/login");
		}
		var all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		String body = all.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		headers.forEach(builder::header);
		if (session != null) {
			builder.header("Cookie", "SESSION=" + session);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			response.headers().allValues("Set-Cookie").forEach(cookie -> {
				Matcher m = SESSION.matcher(cookie);
				if (m.find()) {
					session = m.group(1).isEmpty() ? null : m.group(1);
				}
			});
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
