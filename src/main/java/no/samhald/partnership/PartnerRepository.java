package no.samhald.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PartnerRepository extends ListCrudRepository<Partner, Long> {

	List<Partner> findByCommunityIdOrderByTypeAscNameAsc(Long communityId);

	Optional<Partner> findByIdAndCommunityId(Long id, Long communityId);

	Optional<Partner> findByCommunityIdAndMunicipalityCode(Long communityId, String municipalityCode);

	Optional<Partner> findByCommunityIdAndNameIgnoreCase(Long communityId, String name);

}
