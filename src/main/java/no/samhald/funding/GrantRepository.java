package no.samhald.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface GrantRepository extends ListCrudRepository<Grant, Long> {

	List<Grant> findByCommunityIdOrderByYearDescTitleAsc(Long communityId);

	Optional<Grant> findByIdAndCommunityId(Long id, Long communityId);

}
