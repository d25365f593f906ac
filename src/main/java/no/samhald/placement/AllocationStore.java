package no.samhald.placement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The allocators, the wishes and every allocation version of the rounds, in plain SQL. */
@Component
record AllocationStore(JdbcClient jdbc) {

	List<Long> allocators(long roundId) {
		return jdbc.sql("select person_id from placement_allocator where round_id = :r order by person_id")
			.param("r", roundId)
			.query(Long.class)
			.list();
	}

	void replaceAllocators(long roundId, List<Long> personIds) {
		jdbc.sql("delete from placement_allocator where round_id = :r").param("r", roundId).update();
		personIds.stream().distinct().forEach(p -> jdbc
			.sql("insert into placement_allocator (round_id, person_id) values (:r, :p)")
			.param("r", roundId)
			.param("p", p)
			.update());
	}

	/** The doctor's ranks by offer id. */
	Map<Long, Integer> wishes(long doctorId) {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		jdbc.sql("select offer_id, rank from placement_wish where doctor_id = :d order by rank")
			.param("d", doctorId)
			.query((rs, n) -> ranks.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return ranks;
	}

	void replaceWishes(long doctorId, Map<Long, Integer> ranks) {
		jdbc.sql("delete from placement_wish where doctor_id = :d").param("d", doctorId).update();
		ranks.forEach((offer, rank) -> jdbc
			.sql("insert into placement_wish (doctor_id, offer_id, rank) values (:d, :o, :r)")
			.param("d", doctorId)
			.param("o", offer)
			.param("r", rank)
			.update());
	}

	/** A stored allocation: its number in the round, who made it and each doctor's place (null: none). */
	record Version(long id, int number, String madeBy, Instant madeAt, String kind, String note,
			Map<Long, Long> placements) {
	}

	Optional<Version> latest(long roundId) {
		return jdbc.sql("select id from placement_allocation_version where round_id = :r order by number desc limit 1")
			.param("r", roundId)
			.query(Long.class)
			.optional()
			.map(this::version);
	}

	Version version(long id) {
		Map<Long, Long> placements = new LinkedHashMap<>();
		jdbc.sql("select doctor_id, offer_id from placement_assignment where allocation_id = :a order by doctor_id")
			.param("a", id)
			.query((rs, n) -> placements.put(rs.getLong(1), (Long) rs.getObject(2)))
			.list();
		return jdbc.sql("""
				select id, number, made_by, made_at, kind, note from placement_allocation_version where id = :a
				""")
			.param("a", id)
			.query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), placements))
			.single();
	}

	/** The numbers, authors and kinds of every version of the round, newest first (without placements). */
	List<Version> history(long roundId) {
		return jdbc.sql("""
				select id, number, made_by, made_at, kind, note from placement_allocation_version
				where round_id = :r order by number desc
				""")
			.param("r", roundId)
			.query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), Map.of()))
			.list();
	}

	/** Stores a new version, numbered after the latest; the unique number refuses a second writer of the same number. */
	Version add(long roundId, String madeBy, Instant at, String kind, String note, Map<Long, Long> placements) {
		int number = latest(roundId).map(v -> v.number() + 1).orElse(1);
		long id = jdbc.sql("""
				insert into placement_allocation_version (round_id, number, made_by, made_at, kind, note)
				values (:r, :n, :by, :at, :kind, :note) returning id
				""")
			.param("r", roundId)
			.param("n", number)
			.param("by", madeBy)
			.param("at", java.sql.Timestamp.from(at))
			.param("kind", kind)
			.param("note", note)
			.query(Long.class)
			.single();
		placements.forEach((doctor, offer) -> jdbc
			.sql("insert into placement_assignment (allocation_id, doctor_id, offer_id) values (:a, :d, :o)")
			.param("a", id)
			.param("d", doctor)
			.param("o", offer)
			.update());
		return version(id);
	}

}
