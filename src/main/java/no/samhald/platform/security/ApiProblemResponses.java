package no.samhald.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Security refusals on the API as application/problem+json (RFC 9457), like every other API error. */
final class ApiProblemResponses {

	static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

	/** A call that carries its own credentials (HTTP Basic or a personal access token) rather than a session's. */
	static final RequestMatcher CREDENTIALS = request -> {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
				|| authorization.regionMatches(true, 0, "Bearer ", 0, 7));
	};

	private ApiProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			// Bearer, not Basic: a browser would answer Basic with its own sign-in dialog.
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Samhald\"");
			write(request, response, 401, "Unauthorized",
					"Sign in, or send HTTP Basic credentials or a personal access token (Authorization: Bearer).");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(request, response, 403, "Forbidden",
				"Not allowed (missing role, or missing CSRF token on a browser session).");
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
	}

}
