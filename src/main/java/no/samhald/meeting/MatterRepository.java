package no.samhald.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MatterRepository extends ListCrudRepository<Matter, Long> {

	Optional<Matter> findByIdAndCommunityId(Long id, Long communityId);

	List<Matter> findByCommunityIdOrderByTitle(Long communityId);

}
