package no.samhald.report;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AnnualTextRepository extends ListCrudRepository<AnnualText, Long> {

	Optional<AnnualText> findByCommunityIdAndYear(Long communityId, int year);

}
