package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;

@SamhaldTest
class DashboardsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Indicators indicators;

	@Autowired
	Areas areas;

	@Autowired
	Communities communities;

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void theCommunitysDashboardHasTheIndicatorsOfTheApiFromTheBaseYearTo2040() {
		Area area = areas.resolve(sogn(), "sogn-og-fjordane");
		Dashboard dashboard = dashboards.of(sogn(), area, ProjectionMethod.COHORT_CHANGE);
		assertThat(dashboard.baseYear()).isEqualTo(2022);
		assertThat(dashboard.keyYears()).containsExactly(2022, 2030, 2040);
		assertThat(dashboard.years()).hasSize(19);
		assertThat(dashboard.year(2022).economicallyActivePerPensioner()).isCloseTo(3.42, within(0.005));
		for (int year : dashboard.keyYears()) {
			IndicatorSet expected = indicators.of(sogn(), area, year, ProjectionRequest.of(ProjectionMethod.COHORT_CHANGE));
			assertThat(dashboard.year(year)).usingRecursiveComparison().isEqualTo(expected);
		}
		assertThat(dashboard.services()).extracting(IndicatorSet.Demand::service).contains("home-care", "nursing-home");
	}

	@Test
	void aMunicipalitysDashboardByTheComponentMethodEqualsTheApi() {
		Area sogndal = areas.resolve(sogn(), "4640");
		Dashboard dashboard = dashboards.of(sogn(), sogndal, ProjectionMethod.COHORT_COMPONENT);
		IndicatorSet expected = indicators.of(sogn(), sogndal, 2040, ProjectionRequest.of(ProjectionMethod.COHORT_COMPONENT));
		assertThat(dashboard.year(2040).economicallyActivePerPensioner())
			.isCloseTo(expected.economicallyActivePerPensioner(), within(1e-9));
		assertThat(dashboard.year(2040).aged80Plus()).isCloseTo(expected.aged80Plus(), within(1e-9));
	}

	@Test
	void oneChoosesAmongTheCommunityItsRegionsItsMunicipalitiesAndTheNation() {
		var choices = dashboards.choices(sogn());
		assertThat(choices.get(0).kind()).isEqualTo(Area.Kind.COMMUNITY);
		assertThat(choices).extracting(Area::kind).contains(Area.Kind.REGION, Area.Kind.MUNICIPALITY, Area.Kind.NATIONAL);
		assertThat(choices).extracting(Area::name).contains("Nordfjord", "Sogndal");
	}

	@Test
	void theDashboardPageShowsTheTablesOfTheChosenMunicipality() {
		Area sogndal = areas.resolve(sogn(), "4640");
		IndicatorSet in2040 = indicators.of(sogn(), sogndal, 2040, ProjectionRequest.of(ProjectionMethod.COHORT_CHANGE));
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight/dashboard?area=4640&method=cohort-change&lang=en")
			.retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Planning dashboard", "Population by age group in Sogndal", "table-dependency",
				"chart-dependency", "echarts.min.js", "Full-time equivalents",
				String.format(java.util.Locale.ENGLISH, "%.2f", in2040.economicallyActivePerPensioner()),
				String.format(java.util.Locale.ENGLISH, "%,d", Math.round(in2040.aged80Plus())));
		assertThat(client().get().uri("/sogn-og-fjordane/insight?lang=en").retrieve().toEntity(String.class).getBody())
			.contains("/sogn-og-fjordane/insight/dashboard");
	}

	@Test
	void theCommunityPageShowsTheDependencyRatioOf2022() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight/dashboard?lang=en").retrieve()
			.toEntity(String.class);
		assertThat(page.getBody()).contains("goes from 3.42 in 2022");
	}

	@Test
	void anUnknownAreaOrMethodIsSaidInTheUsersLanguage() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight/dashboard?area=9999x&method=magic&lang=nb")
			.retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("«9999x» er ikke et område du kan velge her", "«magic»", "area-error",
				"method-error");
	}

	@Test
	void theComparisonPutsTwoAreasSideBySide() {
		ResponseEntity<String> page = client().get()
			.uri("/sogn-og-fjordane/insight/dashboard/compare?first=4640&second=national&lang=en")
			.retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Key figures for Sogndal and All of Norway", "chart-compare",
				"table-compare-dependency", "Share aged 80 or older (%)");
	}

	@Test
	void theDashboardsNumbersDownloadAsCsv() {
		ResponseEntity<String> csv = client().get()
			.uri("/api/v1/communities/sogn-og-fjordane/indicators?area=4640&from=2022&to=2040&method=cohort-change&format=csv")
			.retrieve().toEntity(String.class);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getBody().lines()).hasSize(20);
	}

	@Test
	void theDefaultLanguageIsNynorsk() {
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight/dashboard").retrieve().toEntity(String.class);
		assertThat(page.getBody()).contains("Dashbord for planlegging", "Yrkesaktive per pensjonist", "går talet på personar",
				"Skrøpelege eldre", "Heile landet");
	}

	@Test
	void theOfficialMethodShowsItsNumbersOrSaysWhyNot() {
		// Whether table 14288 is imported depends on other tests; either way the page answers, never an error.
		ResponseEntity<String> page = client().get().uri("/sogn-og-fjordane/insight/dashboard?area=4640&method=ssb&lang=en")
			.retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).containsAnyOf("table-dependency", "projection has not been imported",
				"does not have the year");
	}

}
