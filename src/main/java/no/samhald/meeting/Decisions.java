package no.samhald.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;

/**
 * The decision log: every decision of a community, searchable in full text. Words are stemmed
 * with PostgreSQL's 'norwegian' configuration and matched as prefixes, so "rekruttering" also
 * finds "rekrutteringa" and "rekrutteringstiltak"; the 'simple' configuration catches the Nynorsk
 * forms the Bokmål stemmer does not know. The public searches only public, approved decisions,
 * and only in their public title and texts: a word of a case's internal title finds nothing.
 */
@Service
public class Decisions {

	private static final int MAX_WORDS = 8;

	/** What {@link #search} returns at most (the API and the annual report). */
	private static final int MAX_HITS = 200;

	private final JdbcClient jdbc;

	private final Access access;

	private final Meetings meetings;

	Decisions(JdbcClient jdbc, Access access, Meetings meetings) {
		this.jdbc = jdbc;
		this.access = access;
		this.meetings = meetings;
	}

	/** Decisions matching all words of {@code query} (or all, if blank), best match and latest first: the first 200. */
	public List<DecisionHit> search(Community community, String query, Long forumId, Integer year) {
		return page(community, query, forumId, year, 0, MAX_HITS).hits();
	}

	/**
	 * One page of the same (the page shows 50, not 200: writing out the rows was most of its time,
	 * #11), with how many match in all; a page past the end is empty, with the total.
	 */
	public DecisionPage page(Community community, String query, Long forumId, Integer year, int offset, int limit) {
		boolean member = access.isMemberOf(community.slug());
		List<String> words = words(query);
		// The public's words are matched against what the public sees only (see V4_2__meeting_public_search).
		String searched = member ? "c.search" : "c.public_search";
		Map<Long, Forum> forums = meetings.forumsById(community);
		// m.community_id repeats c.community_id for the planner: it then reads the community's 900
		// meetings by index, not all 17 000 of the nation (decision list 76 → 11 ms, #11).
		// The hits are ranked, counted and cut to the page on the ids alone, which the indexes of
		// V4_91__meeting_decisions_order_index hold: only the page's rows are then read from the table
		// (3 465 decided cases of a community read to show 50: 24 → 2 ms, #11).
		// The total is counted apart from the page (and joined to it), so that a page past the end,
		// which has no rows, still tells it: the list then shows its last page with one more read,
		// not two (#11).
		// Only the filters given are written into the statement, none as "(:x is null or …)": the
		// driver prepares a statement used often, and PostgreSQL's plan for any value of such a
		// parameter (used after five runs) took 5.2 ms where the plan for the values took 2.0 (#11).
		var sql = new StringBuilder("""
				with matched as (
				select c.id, m.starts_at, c.number, %s as rank
				from meeting_case c join meeting m on m.id = c.meeting_id
				where c.community_id = :community and m.community_id = :community and c.decision is not null
				""".formatted(words.isEmpty() ? "0" : "ts_rank(" + searched + ", " + tsquery(words.size()) + ")"));
		if (forumId != null) {
			sql.append(" and c.forum_id = :forum");
		}
		if (year != null) {
			sql.append(" and c.year = :year");
		}
		if (!member) {
			sql.append(" and m.public_meeting and m.status = 'MINUTES_APPROVED' and not c.exempt");
		}
		if (!words.isEmpty()) {
			sql.append(" and ").append(searched).append(" @@ ").append(tsquery(words.size()));
		}
		sql.append("""
				), hits as (
				select * from matched order by rank desc, starts_at desc, number desc, id desc limit :limit offset :offset)
				select c.id, c.meeting_id, c.forum_id, c.year, c.number, c.title, c.public_title, c.decision,
				       h.starts_at, t.total
				from (select count(*) as total from matched) t
				left join (hits h join meeting_case c on c.id = h.id) on true
				order by h.rank desc, h.starts_at desc, h.number desc, h.id desc
				""");
		var statement = jdbc.sql(sql.toString())
			.param("community", community.id())
			.param("limit", limit)
			.param("offset", offset);
		if (forumId != null) {
			statement = statement.param("forum", forumId);
		}
		if (year != null) {
			statement = statement.param("year", year);
		}
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, words.get(i) + ":*");
		}
		int[] total = { 0 };
		List<DecisionHit> hits = statement.query((rs, n) -> {
			total[0] = rs.getInt("total");
			// the one row of a page past the end carries the total only
			return rs.getObject("id") == null ? null : hit(rs, forums, member);
		}).list().stream().filter(Objects::nonNull).toList();
		return new DecisionPage(hits, total[0]);
	}

	private static DecisionHit hit(ResultSet rs, Map<Long, Forum> forums, boolean member) throws SQLException {
		Forum forum = forums.get(rs.getLong("forum_id"));
		String label = forum == null ? "" : forum.label() + " ";
		return new DecisionHit(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("forum_id"),
				label + rs.getInt("number") + "/" + rs.getInt("year"),
				member ? rs.getString("title") : rs.getString("public_title"), rs.getString("decision"),
				rs.getTimestamp("starts_at").toLocalDateTime().toLocalDate());
	}

	/** Every word must match, stemmed or as written. */
	private static String tsquery(int words) {
		var parts = new ArrayList<String>();
		for (int i = 0; i < words; i++) {
			parts.add("(to_tsquery('norwegian', :w%d) || to_tsquery('simple', :w%d))".formatted(i, i));
		}
		return "(" + String.join(" && ", parts) + ")";
	}

	/** Letters and digits only, so that nothing a person types can break the tsquery syntax. */
	static List<String> words(String query) {
		if (query == null) {
			return List.of();
		}
		return Arrays.stream(query.toLowerCase().split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isBlank())
			.limit(MAX_WORDS)
			.toList();
	}

}
