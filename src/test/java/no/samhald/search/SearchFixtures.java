package no.samhald.search;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;

/**
 * The search tests' setup and items: registered as an extension ({@code @RegisterExtension}), it
 * takes Sogn og Fjordane and a word made up for each test, so that other tests' data cannot match,
 * and signs out after it. The items are written straight into the owning modules' tables (the
 * tests only read them through the search).
 */
final class SearchFixtures implements BeforeEachCallback, AfterEachCallback {

	private JdbcClient jdbc;

	private Search search;

	private Community community;

	private String word;

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		jdbc = spring.getBean(JdbcClient.class);
		search = spring.getBean(Search.class);
		community = spring.getBean(Communities.class).bySlug("sogn-og-fjordane");
		word = newWord();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		SignedIn.out();
	}

	/** The community the items are written to and searched in. */
	Community sogn() {
		return community;
	}

	/** This test's made-up word. */
	String word() {
		return word;
	}

	/** What the search finds in the community for the person signed in (or the public). */
	List<SearchHit> find(String query, SearchKind kind, Integer year) {
		return search.find(community, query, kind, year);
	}

	/** The links of {@link #find}'s hits, of any year. */
	List<String> links(String query, SearchKind kind) {
		return find(query, kind, null).stream().map(SearchHit::link).toList();
	}

	/** Letters only, so the stemmer treats "<word>ane" and "<word>ar" as one word. */
	static String newWord() {
		var random = new Random();
		var letters = new StringBuilder("x");
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters + "tilsetjing";
	}

	/** A forum of the community that has a short name, as {id, name, short name}. */
	Object[] forumWithShortName() {
		return jdbc.sql("""
				select id, name, short_name from forum where community_id = :c and short_name is not null and short_name <> ''
				order by id limit 1
				""").param("c", community.id())
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("name"), rs.getString("short_name") })
			.single();
	}

	/** A meeting of the forum starting at {@code startsAt} ("2031-03-12 10:00"), with notice sent or minutes approved. */
	long meeting(long forumId, String startsAt, String place, boolean publicMeeting, boolean approved) {
		return jdbc.sql("""
				insert into meeting (community_id, forum_id, starts_at, ends_at, place, status, public_meeting)
				values (:c, :forum, cast(:at as timestamp), cast(:at as timestamp) + interval '2 hours', :place, :status, :public)
				returning id
				""").param("c", community.id()).param("forum", forumId).param("at", startsAt).param("place", place)
			.param("status", approved ? "MINUTES_APPROVED" : "NOTICE_SENT").param("public", publicMeeting)
			.query(Long.class).single();
	}

	/** A public meeting of the community whose minutes are approved. */
	long approvedPublicMeeting() {
		return jdbc.sql("""
				select m.id from meeting m
				where m.community_id = :c and m.public_meeting and m.status = 'MINUTES_APPROVED' limit 1
				""").param("c", community.id()).query(Long.class).single();
	}

	/** A case on the meeting's agenda, numbered next in its forum and year; {@code decision} null for an undecided one. */
	long meetingCase(long meeting, String title, String publicTitle, String decision, boolean exempt) {
		return jdbc.sql("""
				insert into meeting_case (community_id, forum_id, meeting_id, year, number, title, public_title, type,
				                          decision, decided_at, exempt, exemption_basis)
				select m.community_id, m.forum_id, m.id, extract(year from m.starts_at)::int,
				       (select coalesce(max(number), 0) + 1 from meeting_case c
				        where c.forum_id = m.forum_id and c.year = extract(year from m.starts_at)::int),
				       :title, :publicTitle, 'DECISION', :decision, case when :decided then now() end, :exempt,
				       case when :exempt then 'Offl. § 25' end
				from meeting m where m.id = :m returning id
				""").param("m", meeting).param("title", title).param("publicTitle", publicTitle)
			.param("decision", decision).param("decided", decision != null).param("exempt", exempt)
			.query(Long.class).single();
	}

	long attachment(long caseId, String filename) {
		return jdbc.sql("""
				insert into case_attachment (community_id, case_id, filename, content_type, size_bytes, content, uploaded_by)
				values (:c, :case, :name, 'application/pdf', 8, cast('%PDF-1.4' as bytea), 'koordinator') returning id
				""").param("c", community.id()).param("case", caseId).param("name", filename).query(Long.class).single();
	}

	/** A consultation round opened on {@code openedOn} about an uploaded file. */
	long roundWithFile(String title, boolean publicRound, String openedOn, String filename) {
		long round = jdbc.sql("""
				insert into consultation (community_id, title, document_kind, deadline, public_round, opened_on)
				values (:c, :title, 'FILE', cast(:on as date) + 30, :public, cast(:on as date)) returning id
				""").param("c", community.id()).param("title", title).param("public", publicRound).param("on", openedOn)
			.query(Long.class).single();
		jdbc.sql("""
				insert into consultation_file (consultation_id, filename, content_type, size_bytes, content)
				values (:k, :name, 'application/pdf', 8, cast('%PDF-1.4' as bytea))
				""").param("k", round).param("name", filename).update();
		return round;
	}

}
