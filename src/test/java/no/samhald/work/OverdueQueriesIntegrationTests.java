package no.samhald.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.Statements;
import no.samhald.Statements.Counted;
import no.samhald.community.Communities;
import no.samhald.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's overdue list makes the same number of queries however many open collections
 * and consultation rounds, and answers to them, there are (#11): before, each open collection and
 * each response to a round cost queries of their own.
 */
@SamhaldTest
class OverdueQueriesIntegrationTests {

	private static final String COPY = "Kopi for tellinga av spørjingar";

	@Autowired
	MyWork myWork;

	@Autowired
	Communities communities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void moreOpenCollectionsRoundsAndAnswersCostNoMoreQueries() {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		overdue(sogn);
		Counted<Map<TaskKind, List<Task>>> before = overdue(sogn);
		LocalDate yesterday = myWork.today().minusDays(1);
		try {
			long collection = copyOpenCollection(sogn, yesterday);
			long round = copyOpenRound(sogn, yesterday);
			List<Long> respondents = jdbc.sql("select respondent_id from consultation_respondent where consultation_id = :id and kind = 'PARTNER' order by respondent_id")
				.param("id", round).query(Long.class).list();
			submit(round, respondents.get(0), "2026-01-01T10:00:00Z");
			draft(round, respondents.get(1));

			Counted<Map<TaskKind, List<Task>>> after = overdue(sogn);

			assertThat(after.statements()).isEqualTo(before.statements());
			assertThat(after.result().get(TaskKind.COLLECTION_TO_ANSWER)).filteredOn(t -> t.subjectId() == collection)
				.isNotEmpty()
				.allMatch(Task::overdue);
			List<String> roundLinks = after.result().get(TaskKind.CONSULTATION_TO_ANSWER).stream()
				.filter(t -> t.subjectId() == round).map(Task::link).toList();
			assertThat(roundLinks).doesNotContain(linkTo(sogn, round, respondents.get(0)))
				.contains(linkTo(sogn, round, respondents.get(1)));
		}
		finally {
			jdbc.sql("delete from data_collection where title = :title").param("title", COPY).update();
			jdbc.sql("delete from consultation where title = :title").param("title", COPY).update();
		}
	}

	private Counted<Map<TaskKind, List<Task>>> overdue(Community community) {
		return Statements.count(() -> SignedIn.asCoordinator(() -> myWork.overdueIn(community)));
	}

	private long copyOpenCollection(Community community, LocalDate deadline) {
		long id = jdbc.sql("""
				insert into data_collection (community_id, title, period, deadline, status, created_by)
				values (:community, :title, '2026', :deadline, 'OPEN', 'koordinator') returning id
				""")
			.param("community", community.id()).param("title", COPY).param("deadline", deadline)
			.query(Long.class).single();
		jdbc.sql("""
				insert into collection_partner (collection_id, partner_id)
				select :id, p.partner_id from collection_partner p
				where p.collection_id = (select min(id) from data_collection where community_id = :community and status = 'OPEN')
				""")
			.param("id", id).param("community", community.id()).update();
		return id;
	}

	private long copyOpenRound(Community community, LocalDate deadline) {
		long id = jdbc.sql("""
				insert into consultation (community_id, title, document_kind, deadline, opened_on)
				values (:community, :title, 'FILE', :deadline, :deadline) returning id
				""")
			.param("community", community.id()).param("title", COPY).param("deadline", deadline)
			.query(Long.class).single();
		jdbc.sql("""
				insert into consultation_respondent (consultation_id, kind, respondent_id)
				select :id, r.kind, r.respondent_id from consultation_respondent r
				where r.consultation_id = (select min(id) from consultation where community_id = :community and closed_on is null)
				""")
			.param("id", id).param("community", community.id()).update();
		jdbc.sql("insert into consultation_question (consultation_id, position, text) values (:id, 0, 'Kva meiner de?')")
			.param("id", id).update();
		return id;
	}

	private void submit(long round, long partner, String at) {
		long response = response(round, partner, at);
		jdbc.sql("insert into consultation_answer (response_id, position, text) values (:id, 0, 'Vi er samde.')")
			.param("id", response).update();
	}

	private void draft(long round, long partner) {
		response(round, partner, null);
	}

	private long response(long round, long partner, String submittedAt) {
		return jdbc.sql("""
				insert into consultation_response (consultation_id, kind, respondent_id, submitted_at, answered_by)
				values (:round, 'PARTNER', :partner, cast(:at as timestamptz), 'koordinator') returning id
				""")
			.param("round", round).param("partner", partner).param("at", submittedAt)
			.query(Long.class).single();
	}

	private static String linkTo(Community community, long round, long partner) {
		return "/" + community.slug() + "/consultations/" + round + "/partners/" + partner;
	}

}
