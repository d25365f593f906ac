package no.samhald.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StatusUpdateRepository extends ListCrudRepository<StatusUpdate, Long> {

	List<StatusUpdate> findByMeasureIdOrderByStatusDateDescIdDesc(Long measureId);

	/** Each measure's status reports of its latest status date (more than one when reported twice that day). */
	@Query("""
			select * from measure_status_update u
			where u.community_id = :communityId and u.measure_id in (:measureIds)
			  and u.status_date = (select max(l.status_date) from measure_status_update l where l.measure_id = u.measure_id)
			""")
	List<StatusUpdate> findLatestOfMeasures(long communityId, Collection<Long> measureIds);

}
