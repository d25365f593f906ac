package no.samhald.insight.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.insight.Backtest;
import no.samhald.insight.Population;
import no.samhald.insight.Projection;
import no.samhald.insight.ProjectionAssumptions;
import no.samhald.insight.ProjectionMethod;
import no.samhald.insight.ProjectionRequest;
import no.samhald.insight.Projections;
import no.samhald.insight.Areas;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.SignedInUser.Role;

/** Scenarios saved, opened, checked against their data, renamed and deleted; with the demo data (2020–2022). */
@SamhaldTest
class ScenarioIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Scenarios scenarios;

	@Autowired
	Communities communities;

	@Autowired
	Projections projections;

	@Autowired
	Population population;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private static ScenarioParameters migration(double perYear, Integer changeYear) {
		return new ScenarioParameters("sogn-og-fjordane", "cohort-component", null, 2040, null, "medium", null, null, null,
				perYear, changeYear);
	}

	@Test
	void aSavedScenarioOpensFromItsLinkWithTheSameNumbers() {
		var member = new Api(port).as("medlem", "samhald-demo");
		Api.Response saved = member.postForm("/sogn-og-fjordane/insight/scenarios?lang=en",
				Map.of("name", "Higher fertility", "area", "sogn-og-fjordane", "method", "cohort-component", "scenario",
						"medium", "totalFertility", "1.8", "netMigrationPerYear", "250", "changeYear", "2025", "to", "2040"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).matches(".*/sogn-og-fjordane/insight/scenarios/\\d+");
		String link = saved.location().substring(saved.location().indexOf("/sogn-og-fjordane/"));
		long id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));

		ScenarioResult expected = scenarios.compute(sogn(), new ScenarioParameters("sogn-og-fjordane", "cohort-component",
				null, 2040, null, "medium", 1.8, null, null, 250.0, 2025));
		double in2040 = expected.projection().year(2040).total();

		Api.Response page = new Api(port).get(link + "?lang=en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Higher fertility", "id=\"reproduced\"",
				String.format(java.util.Locale.ENGLISH, "%,d", Math.round(in2040)));
		assertThat(page.body()).doesNotContain("id=\"data-changed\"");

		JsonNode json = new Api(port).get("/api/v1/communities/sogn-og-fjordane/scenarios/" + id).json();
		assertThat(json.get("sameNumbers").asBoolean()).isTrue();
		assertThat(json.get("dataChanged").asBoolean()).isFalse();
		assertThat(json.get("parameters").get("totalFertility").asDouble()).isEqualTo(1.8);
		assertThat(json.get("parameters").get("baseYear").asInt()).isEqualTo(2022);
		assertThat(json.get("checksums")).hasSize(3);
		assertThat(json.get("checksums").get(0).get("sha256").asString()).matches("[0-9a-f]{64}");
		JsonNode last = json.get("years").get(json.get("years").size() - 1);
		assertThat(last.get("year").asInt()).isEqualTo(2040);
		assertThat(last.get("total").asDouble()).isCloseTo(in2040, within(1e-6));
		assertThat(last.get("savedTotal").asDouble()).isCloseTo(in2040, within(1e-6));
		assertThat(json.get("backtest").get("intervals")).hasSize(3);

		JsonNode list = new Api(port).get("/api/v1/communities/sogn-og-fjordane/scenarios").json();
		assertThat(list.findValuesAsString("name")).contains("Higher fertility", "Meir tilflytting frå 2026");
	}

	@Test
	void theReproducibilityCheckSaysWhenTheDataChangedSinceSaving() {
		SignedIn.asCoordinator();
		long id = scenarios.save(sogn(), "Checked", migration(100, null));
		assertThat(scenarios.open(sogn(), id).dataChanged()).isFalse();
		assertThat(scenarios.open(sogn(), id).sameNumbers()).isTrue();

		// As if 2021 had been replaced after saving: the stored fingerprint no longer matches today's figures.
		jdbc.sql("""
				update insight_scenario set checksums = (
				    select jsonb_agg(case when c->>'year' = '2021' then jsonb_set(c, '{sha256}', to_jsonb(repeat('0', 64))) else c end)
				    from jsonb_array_elements(checksums) c),
				  saved_totals = jsonb_set(saved_totals, '{2030}', to_jsonb(1.0))
				where id = :id
				""").param("id", id).update();
		OpenedScenario opened = scenarios.open(sogn(), id);

		assertThat(opened.dataChanged()).isTrue();
		assertThat(opened.changedData()).extracting(c -> c.label()).containsExactly("observed 2021");
		assertThat(opened.differentYears()).containsExactly(2030);
		String page = new Api(port).get("/sogn-og-fjordane/insight/scenarios/" + id + "?lang=en").body();
		assertThat(page).contains("id=\"data-changed\"", "observed 2021", "Saved total").doesNotContain("id=\"reproduced\"");
	}

	@Test
	void theMovedValuesHoldFromTheChangeYearOn() {
		Projection unchanged = scenarios.compute(sogn(), migration(0, null)).projection();
		Projection moved = scenarios.compute(sogn(), migration(500, 2026)).projection();

		for (int year = 2022; year <= 2026; year++) {
			assertThat(moved.year(year).total()).as("%d", year).isCloseTo(unchanged.year(year).total(), within(1e-6));
		}
		// From 1 January 2026 on, 500 more each year (less the few of them who die).
		assertThat(moved.year(2027).total() - unchanged.year(2027).total()).isCloseTo(500, within(5.0));
		assertThat(moved.year(2040).total() - unchanged.year(2040).total()).isGreaterThan(14 * 500 * 0.97);
	}

	@Test
	void theProjectionApiTakesTheChangeYearToo() {
		String query = "/api/v1/communities/sogn-og-fjordane/projections?method=cohort-component&area=sogn-og-fjordane&to=2028";
		JsonNode without = new Api(port).get(query).json();
		JsonNode moved = new Api(port).get(query + "&netMigrationPerYear=500&changeYear=2026").json();

		assertThat(moved.get("assumptions").get("changeYear").asInt()).isEqualTo(2026);
		assertThat(total(moved, 2026)).isCloseTo(total(without, 2026), within(1e-6));
		assertThat(total(moved, 2027) - total(without, 2027)).isCloseTo(500, within(5.0));
	}

	private static double total(JsonNode projection, int year) {
		for (JsonNode y : projection.get("years")) {
			if (y.get("year").asInt() == year) {
				return y.get("total").asDouble();
			}
		}
		throw new AssertionError("no " + year);
	}

	/**
	 * The backtest of a municipality by hand: the cohort-component projection from 2020 (the data up
	 * to 2020 only) against the population observed on 1 January 2021, and "no change" beside it.
	 */
	@Test
	void theBacktestIsTheProjectionFromTheStartYearAgainstWhatWasObserved() {
		var request = new ProjectionRequest(ProjectionMethod.COHORT_COMPONENT, null, ProjectionAssumptions.none(), null);
		Backtest backtest = scenarios.compute(sogn(), new ScenarioParameters("4640", "cohort-component", null, 2030, null,
				"medium", null, null, null, null, null)).backtest();

		Backtest.Interval first = backtest.intervals().get(0);
		assertThat(first.from()).isEqualTo(2020);
		assertThat(first.to()).isEqualTo(2021);
		double projected = projections.project(areas.municipality("4640"), 2021, 2021,
				new ProjectionRequest(request.method(), 2020, request.assumptions(), null)).years().get(0).total();
		long observed2020 = population.observed("4640", 2020).total();
		long observed2021 = population.observed("4640", 2021).total();
		double byHand = 100 * Math.abs(projected - observed2021) / observed2021;
		assertThat(first.meanAbsolutePercentError()).isCloseTo(byHand, within(1e-9));
		assertThat(first.noChangeMeanAbsolutePercentError())
			.isCloseTo(100.0 * Math.abs(observed2020 - observed2021) / observed2021, within(1e-9));
		assertThat(first.worst().municipality()).isEqualTo("4640");
		assertThat(backtest.intervals()).extracting(i -> i.from() + "→" + i.to())
			.containsExactly("2020→2021", "2020→2022", "2021→2022");
	}

	@Test
	void theDashboardShowsTheBacktestOfItsMethod() {
		String page = new Api(port).get("/sogn-og-fjordane/insight/dashboard?method=cohort-component&lang=en").body();
		assertThat(page).contains("id=\"table-backtest\"", "2020→2021", "2021→2022", "MAPE");
	}

	@Test
	void onlyTheOneWhoSavedAndTheCoordinatorsRenameAndAStaleVersionIsAConflict() {
		SignedIn.as("medlem", Role.MEMBER, SignedIn.SOGN);
		long id = scenarios.save(sogn(), "Mine", migration(50, null));
		Scenario saved = scenarios.get(sogn(), id);
		scenarios.rename(sogn(), id, "Still mine", saved.version());

		SignedIn.as("another", Role.MEMBER, SignedIn.SOGN);
		assertThatThrownBy(() -> scenarios.rename(sogn(), id, "Theirs", saved.version() + 1))
			.isInstanceOf(AccessDeniedException.class);

		SignedIn.asCoordinator();
		assertThatThrownBy(() -> scenarios.rename(sogn(), id, "Stale", saved.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> scenarios.rename(sogn(), id, " ", saved.version() + 1))
			.isInstanceOf(InvalidInputException.class);
		scenarios.delete(sogn(), id, saved.version() + 1);
		assertThat(scenarios.list(sogn())).extracting(Scenario::id).doesNotContain(id);
	}

	@Test
	void theRenamePageShowsWhatSomeoneElseChanged() {
		SignedIn.asCoordinator();
		long id = scenarios.save(sogn(), "Before", migration(10, null));
		scenarios.rename(sogn(), id, "Changed meanwhile", 0);
		SignedIn.out();

		Api.Response response = new Api(port).as("koordinator", "samhald-demo")
			.postForm("/sogn-og-fjordane/insight/scenarios/" + id + "?lang=en", Map.of("name", "Mine", "version", "0"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Name", "value=\"1\"");
		assertThat(scenarios.get(sogn(), id).name()).isEqualTo("Changed meanwhile");
	}

	@Test
	void thePublicMayOpenAndCompareButNotSaveAndFourAreTooMany() {
		List<Scenario> demo = scenarios.list(sogn());
		assertThat(demo).hasSizeGreaterThanOrEqualTo(2);
		String ids = "ids=" + demo.get(0).id() + "&ids=" + demo.get(1).id();
		Api.Response compare = new Api(port).get("/sogn-og-fjordane/insight/scenarios/compare?lang=en&" + ids);
		assertThat(compare.status()).isEqualTo(200);
		assertThat(compare.body()).contains("id=\"table-scenario-compare\"", demo.get(0).name(), demo.get(1).name());

		Api.Response anonymous = new Api(port).postForm("/sogn-og-fjordane/insight/scenarios",
				Map.of("name", "Public", "area", "sogn-og-fjordane"));
		assertThat(anonymous.status()).isIn(302, 401, 403);
		assertThat(scenarios.list(sogn())).extracting(Scenario::name).doesNotContain("Public");

		assertThatThrownBy(() -> scenarios.compare(sogn(), List.of(1L, 2L, 3L, 4L)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void badAssumptionsComeBackBesideTheirField() {
		String page = new Api(port).get("/sogn-og-fjordane/insight/scenarios?lang=en&totalFertility=12&area=sogn-og-fjordane")
			.body();
		assertThat(page).contains("totalFertility-error", "12").doesNotContain("id=\"table-scenario\"");
	}

}
