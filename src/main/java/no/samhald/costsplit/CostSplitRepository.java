package no.samhald.costsplit;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CostSplitRepository extends ListCrudRepository<CostSplit, Long> {

	Optional<CostSplit> findByCommunityIdAndProjectId(Long communityId, Long projectId);

}
