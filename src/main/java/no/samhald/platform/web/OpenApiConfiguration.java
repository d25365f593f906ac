package no.samhald.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the API documentation at /api/v1/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI samhaldApi() {
		return new OpenAPI().info(new Info().title("Samhald API")
			.version("v1")
			.description("The JSON API of Samhald, the workplace of a Norwegian helsefellesskap. "
					+ "Every path below /api/v1/communities/{community} is scoped to one community. "
					+ "Reads are public where the data is public; writes need authentication (HTTP Basic, or a "
					+ "browser session with its CSRF token). Errors are application/problem+json (RFC 9457).")
			.license(new License().name("Data: SSB, NLOD 2.0")));
	}

}
