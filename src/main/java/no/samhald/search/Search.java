package no.samhald.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.InvalidInputException;

/**
 * The search across a community. Words are stemmed with the 'norwegian' configuration, so
 * "avtalane" (Nynorsk) finds "avtale"; websearch_to_tsquery lets a person write "quoted
 * phrases", "or" and -excluded words without any syntax error reaching them. The public finds
 * only what it may see (the view's {@code visible_to_public}) and is matched against the public
 * title and texts only, so a word of an exempt or undecided case, of a closed meeting or of a case's
 * internal title finds nothing; who is public is decided here, what is public in the view's SQL.
 */
@Service
public class Search {

	/** Longer queries are refused: nobody types more, and the tsquery work grows with it. */
	public static final int MAX_LENGTH = 200;

	private static final int MAX_HITS = 100;

	private final JdbcClient jdbc;

	private final Access access;

	Search(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * Items matching {@code query}, best first (ties: the more valuable kind, then the latest year).
	 * {@code kind} and {@code year} narrow the search when not null.
	 *
	 * @throws InvalidInputException when the query is blank or too long (a query of stop words only finds nothing)
	 */
	public List<SearchHit> find(Community community, String query, SearchKind kind, Integer year) {
		String q = checked(query);
		boolean member = access.isMemberOf(community.slug());
		String prefix = member ? "member" : "public";
		// The texts of a snippet are read only for the hits shown: the inner query finds and ranks
		// without them and applies the limit, and the lateral join reads each hit's texts by its key
		// (an index look-up in its own part of the view). Read with the match, a word in most meetings
		// ("samhandling", 671 of 900) had every meeting's agenda gathered, and every case's texts joined.
		String sql = """
				select kind, id, parent_id, year, title, ts_headline('norwegian', translate(t.body, :markers, ''), query, :options) as snippet
				from (select i.kind, i.id, i.parent_id, i.year, i.%1$s_title as title, q.query,
				             ts_rank(i.%1$s_document, q.query) as rank
				      from search_item i, websearch_to_tsquery('norwegian', :q) q(query)
				      where i.community_id = :community and i.%1$s_document @@ q.query
				        and (:member or i.visible_to_public)
				        and (cast(:kind as text) is null or i.kind = cast(:kind as text))
				        and (cast(:year as int) is null or i.year = cast(:year as int))
				      order by rank desc, array_position(cast(:kinds as text[]), i.kind), i.year desc nulls last, i.id desc
				      limit :limit) found
				-- (kind, id) is not a key: a document is also told by its case and its file name
				left join lateral (select s.%1$s_body as body from search_item s
				                   where s.community_id = :community and s.kind = found.kind and s.id = found.id
				                     and s.parent_id is not distinct from found.parent_id
				                     and s.%1$s_title is not distinct from found.title
				                   limit 1) t on true
				order by rank desc, array_position(cast(:kinds as text[]), kind), year desc nulls last, id desc
				""".formatted(prefix);
		return jdbc.sql(sql)
			.param("markers", Snippets.START + Snippets.STOP)
			.param("options", Snippets.OPTIONS)
			.param("q", q)
			.param("community", community.id())
			.param("member", member)
			.param("kind", kind == null ? null : kind.name())
			.param("year", year)
			.param("kinds", kindOrder())
			.param("limit", MAX_HITS)
			.query((rs, n) -> {
				SearchKind found = SearchKind.valueOf(rs.getString("kind"));
				long id = rs.getLong("id");
				long parent = rs.getLong("parent_id");
				String link = "/" + community.slug() + found.path(id, rs.wasNull() ? null : parent);
				return new SearchHit(found, rs.getString("title"), Snippets.html(rs.getString("snippet")), link,
						(Integer) rs.getObject("year"));
			})
			.list();
	}

	private static String checked(String query) {
		String q = query == null ? "" : query.strip();
		if (q.isEmpty()) {
			throw new InvalidInputException("q", "search.empty");
		}
		if (q.length() > MAX_LENGTH) {
			throw new InvalidInputException("q", "search.tooLong", MAX_LENGTH);
		}
		return q;
	}

	private static String kindOrder() {
		var names = java.util.Arrays.stream(SearchKind.values()).map(Enum::name).toList();
		return "{" + String.join(",", names) + "}";
	}

}
