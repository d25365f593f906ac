package no.samhald.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RegionRepository extends ListCrudRepository<Region, Long> {

	List<Region> findByCommunityIdOrderByName(Long communityId);

	Optional<Region> findByIdAndCommunityId(Long id, Long communityId);

}
