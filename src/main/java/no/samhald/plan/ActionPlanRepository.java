package no.samhald.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface ActionPlanRepository extends ListCrudRepository<ActionPlan, Long> {

	@Query("select * from action_plan where community_id = :communityId order by start_date desc")
	List<ActionPlan> findByCommunityIdOrderByStartDateDesc(Long communityId);

	/** The plans made from this one (a plan page links them): not all the community's plans read to find them (#11). */
	@Query("select * from action_plan where community_id = :communityId and predecessor_id = :predecessorId order by start_date desc")
	List<ActionPlan> findSuccessors(Long communityId, Long predecessorId);

	/** By id, if of the community: {@code findById}'s SQL is made once, a derived query's at each call (#11). */
	default Optional<ActionPlan> findByIdAndCommunityId(Long id, Long communityId) {
		return findById(id).filter(found -> found.communityId().equals(communityId));
	}

}
