package no.samhald.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ActionPlanRepository extends ListCrudRepository<ActionPlan, Long> {

	List<ActionPlan> findByCommunityIdOrderByStartDateDesc(Long communityId);

	/** By id, if of the community: {@code findById}'s SQL is made once, a derived query's at each call (#11). */
	default Optional<ActionPlan> findByIdAndCommunityId(Long id, Long communityId) {
		return findById(id).filter(found -> found.communityId().equals(communityId));
	}

}
