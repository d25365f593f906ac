package no.samhald.community.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samhald.community.Community;

/**
 * The {@code {community}} of the API paths in the OpenAPI document. A controller takes the
 * {@link Community} (resolved from the path variable by {@link CommunityArgumentResolver}), which
 * springdoc would otherwise describe as a query object; it is ignored, and every operation whose
 * path holds {@code {community}} gets it as a required string path parameter.
 */
@Configuration(proxyBeanMethods = false)
class CommunityOpenApi {

	static final String NAME = "community";

	CommunityOpenApi() {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Community.class);
	}

	@Bean
	OpenApiCustomizer communityPathParameter() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				if (path.contains("{" + NAME + "}")) {
					item.readOperations().forEach(CommunityOpenApi::addCommunityParameter);
				}
			});
		};
	}

	private static void addCommunityParameter(Operation operation) {
		boolean present = operation.getParameters() != null && operation.getParameters().stream()
			.anyMatch(p -> NAME.equals(p.getName()) && "path".equals(p.getIn()));
		if (!present) {
			operation.addParametersItem(new PathParameter().name(NAME)
				.required(true)
				.description("The community's slug, e.g. sogn-og-fjordane")
				.schema(new StringSchema()));
		}
	}

}
