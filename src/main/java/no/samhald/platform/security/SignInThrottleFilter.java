package no.samhald.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the sign-in form, or HTTP Basic credentials) from an address that has used
 * up its attempts, before any password is compared: the page says to wait, an API client gets
 * 429 with Retry-After. Neither says anything about the account.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isSignIn(request) || throttle.admit(request, response)) {
			chain.doFilter(request, response);
			return;
		}
		if (isFormSignIn(request)) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		ApiProblemResponses.write(request, response, 429, "Too Many Requests",
				"Too many failed sign-ins from this address. Try again after the time in Retry-After (seconds).");
	}

	private static boolean isSignIn(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return isFormSignIn(request) || (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6));
	}

	private static boolean isFormSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
	}

}
