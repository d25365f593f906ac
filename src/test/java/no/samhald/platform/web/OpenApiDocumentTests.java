package no.samhald.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document as a client generator reads it: valid, with {community} as a path parameter. */
@SamhaldTest
class OpenApiDocumentTests {

	@LocalServerPort
	int port;

	SwaggerParseResult parsed;

	@BeforeEach
	void fetchAndParse() throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		var options = new ParseOptions();
		options.setResolve(true);
		parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
	}

	@Test
	void theDocumentPassesTheValidator() {
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI().getInfo().getLicense().getUrl()).startsWith("https://");
	}

	@Test
	void everyOperationUnderACommunityHasItAsARequiredStringPathParameter() {
		OpenAPI api = parsed.getOpenAPI();
		var deviations = api.getPaths().get("/api/v1/communities/{community}/deviations/{id}").getGet();
		assertThat(deviations.getParameters()).filteredOn(p -> "community".equals(p.getName()))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.getIn()).isEqualTo("path");
				assertThat(p.getRequired()).isTrue();
				// OpenAPI 3.1 holds the type in a set, 3.0 in a single value.
				assertThat(p.getSchema().getType() != null ? java.util.Set.of(p.getSchema().getType())
						: p.getSchema().getTypes()).containsExactly("string");
			});
		api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			var parameters = operation.getParameters() == null ? java.util.List.<Parameter>of() : operation.getParameters();
			assertThat(parameters).as(path).noneMatch(p -> "query".equals(p.getIn()) && "community".equals(p.getName()));
			if (path.contains("{community}")) {
				assertThat(parameters).as(path).anyMatch(p -> "path".equals(p.getIn()) && "community".equals(p.getName()));
			}
		}));
	}

	@Test
	void bearerAndBasicAreDescribedAsWaysToAuthenticate() {
		var schemes = parsed.getOpenAPI().getComponents().getSecuritySchemes();
		assertThat(schemes.get("bearerAuth").getScheme()).isEqualTo("bearer");
		assertThat(schemes.get("basicAuth").getScheme()).isEqualTo("basic");
	}

}
