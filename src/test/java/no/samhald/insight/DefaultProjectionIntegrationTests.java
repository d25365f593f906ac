package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;

/** The default projection over SSB's files (2020–2022) that the demo data imports: plausible to 2050 and explained. */
@SamhaldTest
class DefaultProjectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Projections projections;

	@Autowired
	Areas areas;

	@Autowired
	Communities communities;

	@Test
	void withoutAMethodTheCommunityIsProjectedByEstimatedComponentsFlatAndAgeing() {
		var sogn = communities.bySlug("sogn-og-fjordane");
		Area area = areas.resolve(sogn, "sogn-og-fjordane");
		Projection projection = projections.project(area, 2022, 2050, new ProjectionRequest(null, null, null, null));
		assertThat(projection.method()).isEqualTo("estimated-component");
		assertThat(projection.assumptions()).containsKeys("mortality", "fertility", "migration", "constraint");
		Projection.ProjectedYear start = projection.year(2022);
		assertThat(start.total()).isEqualTo(108_472);
		for (int year = 2023; year <= 2050; year++) {
			Projection.ProjectedYear y = projection.year(year);
			// No jump from one year to the next, and no drift far from today's population.
			assertThat(Math.abs(y.total() / projection.year(year - 1).total() - 1)).isLessThan(0.01);
			assertThat(y.total() / start.total()).isBetween(0.9, 1.1);
		}
		// Strongly ageing: many more aged 80 or older in 2050.
		assertThat(projection.year(2050).sum(80, 105)).isGreaterThan(1.5 * start.sum(80, 105));
	}

	@Test
	void theApisComparisonPutsTheDefaultBesideTheComponentMethodUnlessAskedOtherwise() {
		String body = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/api/v1/communities/sogn-og-fjordane/projections/comparison?municipality=4640&to=2030")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(String.class);
		JsonNode comparison = JsonMapper.builder().build().readTree(body);
		assertThat(comparison.get("first").get("method").asString()).isEqualTo("estimated-component");
		assertThat(comparison.get("second").get("method").asString()).isEqualTo("cohort-component");
		assertThat(comparison.get("years").size()).isEqualTo(9);
	}

	@Test
	void eachMunicipalityStaysWithinAQuarterOfItsPopulationFor28Years() {
		var sogn = communities.bySlug("sogn-og-fjordane");
		for (Area area : areas.of(sogn)) {
			if (area.kind() != Area.Kind.MUNICIPALITY) {
				continue;
			}
			Projection projection = projections.project(area, 2022, 2050, ProjectionRequest.of(ProjectionMethod.DEFAULT));
			double change = projection.year(2050).total() / projection.year(2022).total() - 1;
			assertThat(Math.abs(change)).as(area.name()).isLessThan(0.25);
		}
	}

}
