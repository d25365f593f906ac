package no.samhald.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads many cases with their disqualifications in two queries, however many cases there are:
 * the repository read each case's disqualifications with a query of its own (8 on a meeting
 * page, 7 200 for a community's ten years; #11).
 */
@Component
class CaseReads {

	private static final String CASES = """
			select c.id, c.community_id, c.forum_id, c.meeting_id, c.year, c.number, c.title, c.public_title, c.type,
			       c.background, c.proposal, c.decision, c.decided_at, c.exempt, c.exemption_basis, c.matter_id, c.version
			from meeting_case c
			""";

	private static final String DISQUALIFICATIONS = """
			select d.case_id, d.person_id, d.reason
			from case_disqualification d join meeting_case c on c.id = d.case_id
			""";

	private final JdbcClient jdbc;

	CaseReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agenda of a meeting, in case order. */
	List<Case> ofMeeting(long meetingId) {
		return read("where c.meeting_id = :id", "order by c.year, c.number", meetingId);
	}

	/** All cases of a community, latest first. */
	List<Case> ofCommunity(long communityId) {
		return read("where c.community_id = :id", "order by c.year desc, c.number desc", communityId);
	}

	/** The cases of a matter, as they were added. */
	List<Case> ofMatter(long matterId) {
		return read("where c.matter_id = :id", "order by c.id", matterId);
	}

	private List<Case> read(String where, String order, long id) {
		Map<Long, Set<Disqualification>> disqualifications = disqualifications(where, id);
		return jdbc.sql(CASES + where + " " + order)
			.param("id", id)
			.query((rs, n) -> row(rs, disqualifications.getOrDefault(rs.getLong("id"), Set.of())))
			.list();
	}

	private Map<Long, Set<Disqualification>> disqualifications(String where, long id) {
		var byCase = new HashMap<Long, Set<Disqualification>>();
		jdbc.sql(DISQUALIFICATIONS + where).param("id", id).query(rs -> {
			byCase.computeIfAbsent(rs.getLong("case_id"), k -> new HashSet<>())
				.add(new Disqualification(rs.getLong("person_id"), rs.getString("reason")));
		});
		return byCase;
	}

	private static Case row(ResultSet rs, Set<Disqualification> disqualifications) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Case(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("forum_id"), rs.getLong("meeting_id"),
				rs.getInt("year"), rs.getInt("number"), rs.getString("title"), rs.getString("public_title"),
				CaseType.valueOf(rs.getString("type")), rs.getString("background"), rs.getString("proposal"),
				rs.getString("decision"), decidedAt == null ? null : decidedAt.toInstant(), rs.getBoolean("exempt"),
				rs.getString("exemption_basis"), (Long) rs.getObject("matter_id"), rs.getInt("version"), disqualifications);
	}

}
