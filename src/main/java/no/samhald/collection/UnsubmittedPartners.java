package no.samhald.collection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each asked partner of the open collections that has not submitted, in one read however many
 * collections there are: reading the collections as aggregates read each one's fields and asked
 * partners apart, and its answers after (#11).
 */
@Component
record UnsubmittedPartners(JdbcClient jdbc) {

	private static final String SQL = """
			select c.community_id, c.id as collection_id, c.title, c.period, c.deadline, p.partner_id
			from data_collection c
			join collection_partner p on p.collection_id = c.id
			where c.status = 'OPEN' %s
			  and not exists (select 1 from collection_answer a
			                  where a.collection_id = c.id and a.partner_id = p.partner_id and a.status = 'SUBMITTED')
			order by c.id, p.partner_id
			""";

	/** A partner asked by an open collection, without its name (the partnership module has it). */
	record Unsubmitted(long communityId, long collectionId, String title, String period, LocalDate deadline,
			long partnerId) {
	}

	List<Unsubmitted> everywhere() {
		return jdbc.sql(SQL.formatted("")).query(Unsubmitted.class).list();
	}

	List<Unsubmitted> in(long communityId) {
		return jdbc.sql(SQL.formatted("and c.community_id = :communityId"))
			.param("communityId", communityId)
			.query(Unsubmitted.class)
			.list();
	}

}
