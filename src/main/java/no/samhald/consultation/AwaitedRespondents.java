package no.samhald.consultation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samhald.consultation.Consultations.Awaited;

/**
 * Who has still to submit to a community's open rounds, in one read however many rounds and
 * responses there are: reading the rounds and responses as aggregates read each round's questions
 * and respondents and each response's answers apart (#11).
 */
@Component
record AwaitedRespondents(JdbcClient jdbc) {

	/** Latest deadline first, as the rounds are listed; within a round by kind and id, as the responses are. */
	List<Awaited> of(long communityId) {
		return jdbc.sql("""
				select c.id, c.title, c.deadline, r.kind, r.respondent_id
				from consultation c
				join consultation_respondent r on r.consultation_id = c.id
				where c.community_id = :communityId and c.closed_on is null
				  and not exists (select 1 from consultation_response s
				                  where s.consultation_id = c.id and s.kind = r.kind
				                    and s.respondent_id = r.respondent_id and s.submitted_at is not null)
				order by c.deadline desc, c.id desc, r.kind, r.respondent_id
				""")
			.param("communityId", communityId)
			.query((rs, row) -> new Awaited(rs.getLong("id"), rs.getString("title"), rs.getObject("deadline", LocalDate.class),
					new Respondent(RespondentKind.valueOf(rs.getString("kind")), rs.getLong("respondent_id"))))
			.list();
	}

}
