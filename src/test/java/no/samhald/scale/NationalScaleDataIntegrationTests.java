package no.samhald.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;

/** The national data is off unless asked for; at a tiny size it goes into the modules' tables (rolled back). */
@SamhaldTest
class NationalScaleDataIntegrationTests {

	@Autowired
	NationalScaleData nationalScale;

	@Autowired
	Communities communities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offByDefault() {
		assertThat(nationalScale.asked()).isFalse();
		assertThat(communities.findBySlug(ScaleGenerator.slug(1))).isEmpty();
	}

	@Test
	@Transactional
	void aTinySizeFillsTheModulesTablesWithTheSsbMunicipalities() {
		nationalScale.load(ScaleGeneratorTests.TINY, LocalDate.of(2026, 12, 2));
		long community = communities.findBySlug(ScaleGenerator.slug(2)).orElseThrow().id();
		assertThat(count("select count(*) from deviation where community_id = ?", community)).isEqualTo(51);
		assertThat(count("select count(*) from meeting_case where community_id = ?", community)).isEqualTo(5 * 3 * 6 * 8);
		// about half of the ≈360 municipalities of the SSB file, each a partner of its community
		assertThat(count("select count(*) from partner where community_id = ? and type = 'MUNICIPALITY'", community))
			.isBetween(170L, 190L);
		assertThat(count("select count(*) from meeting_case c join meeting m on m.id = c.meeting_id "
				+ "where c.community_id = ? and m.forum_id <> c.forum_id", community)).isZero();
		assertThat(count("select count(*) from meeting_case where community_id = ? and search @@ plainto_tsquery('norwegian', 'årsmelding')", community))
			.isPositive();
	}

	private long count(String sql, long community) {
		return jdbc.sql(sql).param(community).query(Long.class).single();
	}

}
