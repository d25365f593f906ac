package no.samhald.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ActionPlanRepository extends ListCrudRepository<ActionPlan, Long> {

	List<ActionPlan> findByCommunityIdOrderByStartDateDesc(Long communityId);

	Optional<ActionPlan> findByIdAndCommunityId(Long id, Long communityId);

}
