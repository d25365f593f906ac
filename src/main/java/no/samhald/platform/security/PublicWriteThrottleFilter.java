package no.samhald.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a public write (a POST to a {@link no.samhald.platform.PublicWritePath}) from an address
 * that has made too many: 429 with Retry-After, and the error page that says to wait.
 */
class PublicWriteThrottleFilter extends OncePerRequestFilter {

	private final PublicWriteThrottle throttle;

	private final List<PathPattern> paths;

	PublicWriteThrottleFilter(PublicWriteThrottle throttle, String[] patterns) {
		this.throttle = throttle;
		this.paths = java.util.Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isPublicWrite(request) || throttle.admit(request, response)) {
			chain.doFilter(request, response);
			return;
		}
		response.sendError(429);
	}

	private boolean isPublicWrite(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return false;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return paths.stream().anyMatch(pattern -> pattern.matches(path));
	}

}
