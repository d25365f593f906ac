package no.samhald.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	List<Agreement> findByCommunityIdOrderByKindAscNumberAscTitleAsc(Long communityId);

	Optional<Agreement> findByIdAndCommunityId(Long id, Long communityId);

}
