package no.samhald.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, Long> {

	List<Team> findByCommunityIdOrderByNameAsc(Long communityId);

	Optional<Team> findByIdAndCommunityId(Long id, Long communityId);

}
