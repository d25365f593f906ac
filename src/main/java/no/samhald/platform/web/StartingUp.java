package no.samhald.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The port opens before the start-up runners (demo data, SSB import) have finished; until they
 * have, every request but the health check gets 503 with Retry-After, never a page or an API
 * list that is empty only because the data is not in yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUp extends OncePerRequestFilter {

	private final ApplicationAvailability availability;

	StartingUp(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith("/actuator/health")) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "2");
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("Samhald startar … / Samhald is starting …");
	}

}
