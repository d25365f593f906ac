package no.samhald;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.samhald.Api.Response;

/**
 * An API client that signed in through the sign-in form, as a page's script would call the API:
 * it sends the session cookie and, on writes, the session's CSRF token (read from a page) in the
 * {@code X-CSRF-TOKEN} header. No redirects are followed.
 */
public final class ApiSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?:^|,)\\s*SESSION=([^;]*)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private String session;

	private String csrf;

	private ApiSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** Signs in through the form; fails the test when the sign-in is refused. */
	public static ApiSession signIn(int port, String username, String password) {
		var api = new ApiSession(port);
		api.send(api.request("/login").header("Accept", "text/html").GET());
		Response signedIn = api.send(api.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
					"_csrf", api.csrf)))));
		if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " refused: " + signedIn.status() + " "
					+ signedIn.location());
		}
		// The session's CSRF token is renewed at sign-in: read it from a page that has a form (sign out).
		api.send(api.request("/").header("Accept", "text/html").GET());
		return api;
	}

	public Response get(String path) {
		return send(request(path).header("Accept", "application/json").GET());
	}

	public Response post(String path, String json) {
		return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json) {
		return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder json(String path) {
		return request(path).header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrf);
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (session != null) {
			builder.header("Cookie", "SESSION=" + session);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
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
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
