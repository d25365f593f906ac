package no.samhald.insight.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import no.samhald.insight.YearChecksum;

/** Saved scenarios in PostgreSQL; parameters, checksums and totals as JSON. */
@Component
record ScenarioStore(JdbcClient jdbc) {

	// Lenient on read: what a later version adds to the JSON does not make older rows unreadable.
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	long insert(long communityId, String name, ScenarioParameters parameters, List<YearChecksum> checksums,
			Map<Integer, Double> totals, String createdBy) {
		return jdbc.sql("""
				insert into insight_scenario (community_id, name, parameters, checksums, saved_totals, created_by)
				values (:community, :name, cast(:parameters as jsonb), cast(:checksums as jsonb), cast(:totals as jsonb), :createdBy)
				returning id
				""")
			.param("community", communityId)
			.param("name", name)
			.param("parameters", JSON.writeValueAsString(parameters))
			.param("checksums", JSON.writeValueAsString(checksums))
			.param("totals", JSON.writeValueAsString(totals))
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
	}

	Optional<Scenario> find(long communityId, long id) {
		return jdbc.sql(SELECT + " where community_id = :community and id = :id")
			.param("community", communityId)
			.param("id", id)
			.query(ScenarioStore::scenario)
			.optional();
	}

	List<Scenario> all(long communityId) {
		return jdbc.sql(SELECT + " where community_id = :community order by created_at desc, id desc")
			.param("community", communityId)
			.query(ScenarioStore::scenario)
			.list();
	}

	void rename(long communityId, long id, String name, int version) {
		requireOne(jdbc.sql("""
				update insight_scenario set name = :name, version = version + 1
				where community_id = :community and id = :id and version = :version
				""").param("name", name).param("community", communityId).param("id", id).param("version", version).update(),
				id);
	}

	void delete(long communityId, long id, int version) {
		requireOne(jdbc.sql("delete from insight_scenario where community_id = :community and id = :id and version = :version")
			.param("community", communityId)
			.param("id", id)
			.param("version", version)
			.update(), id);
	}

	private static void requireOne(int rows, long id) {
		if (rows != 1) {
			throw new OptimisticLockingFailureException("Scenario " + id + " was changed or deleted by someone else");
		}
	}

	private static final String SELECT = """
			select id, community_id, name, parameters::text, checksums::text, saved_totals::text, created_by,
			       created_at, version
			from insight_scenario""";

	private static Scenario scenario(ResultSet rs, int row) throws SQLException {
		return new Scenario(rs.getLong("id"), rs.getLong("community_id"), rs.getString("name"),
				JSON.readValue(rs.getString(4), ScenarioParameters.class),
				JSON.readValue(rs.getString(5), new TypeReference<List<YearChecksum>>() {
				}), JSON.readValue(rs.getString(6), new TypeReference<TreeMap<Integer, Double>>() {
				}), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getInt("version"));
	}

}
