package no.samhald.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, description, licence and ways to authenticate of the API documentation at /api/v1/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	@Bean
	OpenAPI samhaldApi() {
		return new OpenAPI().info(new Info().title("Samhald API")
			.version("v1")
			.description("The JSON API of Samhald, the workplace of a Norwegian helsefellesskap. "
					+ "Every path below /api/v1/communities/{community} is scoped to one community. "
					+ "Reads are public where the data is public; writes need authentication: HTTP Basic with a "
					+ "local password, a personal access token (Authorization: Bearer, created on the account page "
					+ "/account/tokens), or a browser session with its CSRF token. "
					+ "Errors are application/problem+json (RFC 9457).")
			// The licence text by URL (OpenAPI 3.0 has no SPDX identifier field; its identifier would be NLOD-2.0).
			.license(new License().name("Data: SSB, NLOD 2.0").url("https://data.norge.no/nlod/no/2.0")))
			.components(new Components()
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("A local user name and password (the same lock-out and throttle as the sign-in page)."))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A personal access token from /account/tokens.")))
			// Public reads need no credentials (the empty requirement); everything else takes either scheme.
			.addSecurityItem(new SecurityRequirement())
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
