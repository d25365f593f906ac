package no.samhald.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface MeasureRepository extends ListCrudRepository<Measure, Long> {

	@Query("select * from measure where action_plan_id = :actionPlanId order by id")
	List<Measure> findByActionPlanIdOrderById(Long actionPlanId);

	Optional<Measure> findByIdAndCommunityId(Long id, Long communityId);

	Optional<Measure> findByOriginId(Long originId);

	@Query("select * from measure where community_id = :communityId order by id")
	List<Measure> findByCommunityIdOrderById(Long communityId);

	/** {@code ids} not empty ({@code in ()} is no SQL). */
	@Query("select * from measure where community_id = :communityId and id in (:ids) order by id")
	List<Measure> findByCommunityIdAndIdInOrderById(Long communityId, Collection<Long> ids);

}
