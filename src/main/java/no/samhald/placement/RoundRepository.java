package no.samhald.placement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RoundRepository extends ListCrudRepository<PlacementRound, Long> {

	List<PlacementRound> findByCommunityIdOrderByServiceStartDescIdDesc(Long communityId);

	Optional<PlacementRound> findByIdAndCommunityId(Long id, Long communityId);

}
