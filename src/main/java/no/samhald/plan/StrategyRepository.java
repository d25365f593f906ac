package no.samhald.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StrategyRepository extends ListCrudRepository<Strategy, Long> {

	List<Strategy> findByCommunityIdOrderByFirstYearDesc(Long communityId);

	Optional<Strategy> findByIdAndCommunityId(Long id, Long communityId);

}
