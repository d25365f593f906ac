package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.AuditLog;
import no.samhald.platform.SignedInUser.Role;

/** Issue #8: the national population store is changed by an administrator only, a whole country at a time. */
@SamhaldTest
class PopulationIntegrityIntegrationTests {

	private static final Path FILES = Path.of("../shared/data/ssb-07459");

	@LocalServerPort
	int port;

	@Autowired
	Population population;

	@Autowired
	Projections projections;

	@Autowired
	Areas areas;

	@Autowired
	Communities communities;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

	@Test
	void aCoordinatorCannotImportPreviewOrConfirmThroughTheService() {
		SignedIn.asCoordinator();
		byte[] any = "x".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> population.importFile("a.csv", any, "sogn-og-fjordane")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> population.preview(sogn(), "a.csv", any)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> population.confirm(sogn(), 1)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyCommunitySeesAReplacementInItsChangeLog() throws IOException {
		byte[] original = Files.readAllBytes(FILES.resolve("population_by_age_sex_2022.csv"));
		byte[] changed = new String(original, StandardCharsets.ISO_8859_1)
			.replace("\"K-4602 Kinn\";\"Females\";\"3 years\";", "\"K-4602 Kinn\";\"Females\";\"3 years\";1")
			.getBytes(StandardCharsets.ISO_8859_1);
		SignedIn.as("admin", Role.ADMINISTRATOR, null);
		try {
			ImportReport report = population.confirm(sogn(), population.preview(sogn(), "kinn.csv", changed).id());
			for (Community community : communities.all()) {
				assertThat(audit.latest(community.slug(), 20)).as(community.slug())
					.anySatisfy(entry -> {
						assertThat(entry.action()).isEqualTo("population.imported");
						assertThat(entry.subject()).isEqualTo("population import " + report.id());
						assertThat(entry.actor()).isEqualTo("admin");
					});
			}
		}
		finally {
			population.confirm(sogn(), population.preview(sogn(), "population_by_age_sex_2022.csv", original).id());
		}
	}

	/**
	 * A year stored before the rule (or by hand) that lacks municipalities is never summed: the
	 * projection, the API and the page say which municipalities have no figures.
	 */
	@Test
	void anIncompleteStoredYearIsNotSummedButNamesTheMissingMunicipalities() {
		long importId = storeIncomplete2023("4640", "4602");
		try {
			Area sognArea = areas.resolve(sogn(), "sogn-og-fjordane");
			assertThatThrownBy(() -> projections.project(sognArea, 2023, 2023, ProjectionRequest.of(ProjectionMethod.COHORT_CHANGE)))
				.isInstanceOfSatisfying(IncompleteYearException.class, ex -> {
					assertThat(ex.year()).isEqualTo(2023);
					assertThat(ex.missing()).contains("4649 Stad").doesNotContain("4640 Sogndal", "4602 Kinn");
					assertThat(ex.missing()).hasSize(sognArea.municipalities().size() - 2);
				});
			assertThatThrownBy(() -> projections.project(areas.resolve(sogn(), Areas.NATIONAL), 2023, 2023,
					ProjectionRequest.of(ProjectionMethod.COHORT_CHANGE)))
				.isInstanceOfSatisfying(IncompleteYearException.class, ex -> assertThat(ex.missing()).hasSize(354));
			// A municipality with figures for the year is still shown.
			assertThat(projections.project(areas.municipality("4640"), 2023, 2023,
					ProjectionRequest.of(ProjectionMethod.COHORT_CHANGE)).years().get(0).total()).isEqualTo(2 * 106 * 7);

			var client = RestClient.builder().baseUrl("http://localhost:" + port)
				.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				})
				.build();
			var api = client.get().uri("/api/v1/communities/sogn-og-fjordane/indicators?area=sogn-og-fjordane&year=2023")
				.retrieve().toEntity(String.class);
			assertThat(api.getStatusCode().value()).isEqualTo(400);
			assertThat(api.getBody()).contains("Folketalet for 2023 manglar 16 kommunar", "4635 Gulen");
			String page = client.get().uri("/sogn-og-fjordane/insight").retrieve().body(String.class);
			assertThat(page).contains("Ikkje vist for Sogn og Fjordane", "4635 Gulen");
		}
		finally {
			jdbc.sql("delete from population_count where import_id = :id").param("id", importId).update();
			jdbc.sql("delete from population_import where id = :id").param("id", importId).update();
		}
		assertThat(population.observedYears()).containsExactly(2020, 2021, 2022);
	}

	/**
	 * Ålesund (1507) was split into Ålesund (1508) and Haram (1580) on 1 January 2024: an area that
	 * holds 1507 gets its 2024 total from the two, and is not summed while one of them lacks.
	 */
	@Test
	void anAreaHoldingAlesundBeforeTheSplitGetsIts2024TotalFromAlesundAndHaram() {
		Area alesundOf2023 = areas.municipality("1507");
		var request = ProjectionRequest.of(ProjectionMethod.COHORT_CHANGE);
		long withoutHaram = storeObserved(2024, "1508");
		try {
			assertThatThrownBy(() -> projections.project(alesundOf2023, 2024, 2024, request))
				.isInstanceOfSatisfying(IncompleteYearException.class,
						ex -> assertThat(ex.missing()).containsExactly("1580 Haram"));
		}
		finally {
			forget(withoutHaram);
		}
		long bothParts = storeObserved(2024, "1508", "1580");
		try {
			assertThat(projections.project(alesundOf2023, 2024, 2024, request).years().get(0).total())
				.isEqualTo(2 * 2 * 106 * 7);
		}
		finally {
			forget(bothParts);
		}
	}

	private void forget(long importId) {
		jdbc.sql("delete from population_count where import_id = :id").param("id", importId).update();
		jdbc.sql("delete from population_import where id = :id").param("id", importId).update();
	}

	/** Writes an observed 2023 of the given municipalities (7 persons per sex and age) past the service, as old data would be. */
	private long storeIncomplete2023(String... codes) {
		return storeObserved(2023, codes);
	}

	private long storeObserved(int year, String... codes) {
		long id = jdbc.sql("""
				insert into population_import (kind, file_name, format, sha256, imported_by, row_count, municipality_count,
				    years, series, totals, new_years, replaced_years)
				values ('OBSERVED', 'two.csv', 'csv-long', repeat('0', 64), 'before-the-rule', 0, :count, array[:year],
				    '{observed}', '{}', array['observed ' || :year], '{}')
				returning id
				""").param("count", codes.length).param("year", year).query(Long.class).single();
		int[] sevens = new int[106];
		java.util.Arrays.fill(sevens, 7);
		for (String code : codes) {
			for (int sex = 0; sex < 2; sex++) {
				jdbc.sql("insert into population_count (series, year, unit, sex, counts, import_id) values ('observed', :year, :unit, :sex, :counts, :id)")
					.param("year", year).param("unit", code).param("sex", sex).param("counts", sevens).param("id", id).update();
			}
		}
		return id;
	}

}
