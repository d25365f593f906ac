package no.samhald.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class StartingUpTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final StartingUp filter = new StartingUp(availability);

	@Test
	void beforeTheStartUpRunnersHaveFinishedPagesAnswer503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = get("/sogn-og-fjordane");

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
	}

	@Test
	void theHealthCheckAnswersWhileStarting() throws Exception {
		assertThat(get("/actuator/health").getStatus()).isEqualTo(200);
	}

	@Test
	void onceReadyEveryRequestGoesThrough() throws Exception {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(),
				ReadinessState.ACCEPTING_TRAFFIC));

		assertThat(get("/sogn-og-fjordane").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse get(String path) throws Exception {
		var request = new MockHttpServletRequest("GET", path);
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
