package no.samhald.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ForumRepository extends ListCrudRepository<Forum, Long> {

	List<Forum> findByCommunityIdOrderByName(Long communityId);

	Optional<Forum> findByIdAndCommunityId(Long id, Long communityId);

	Optional<Forum> findByCommunityIdAndNameIgnoreCase(Long communityId, String name);

}
