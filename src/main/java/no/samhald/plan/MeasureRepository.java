package no.samhald.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeasureRepository extends ListCrudRepository<Measure, Long> {

	List<Measure> findByActionPlanIdOrderById(Long actionPlanId);

	Optional<Measure> findByIdAndCommunityId(Long id, Long communityId);

	Optional<Measure> findByOriginId(Long originId);

	List<Measure> findByCommunityIdOrderById(Long communityId);

	List<Measure> findByCommunityIdAndIdInOrderById(Long communityId, Collection<Long> ids);

}
