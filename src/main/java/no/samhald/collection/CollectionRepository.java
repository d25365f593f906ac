package no.samhald.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CollectionRepository extends ListCrudRepository<DataCollection, Long> {

	Optional<DataCollection> findByIdAndCommunityId(Long id, Long communityId);

	List<DataCollection> findByCommunityIdOrderByDeadlineDescIdDesc(Long communityId);

	List<DataCollection> findByStatus(CollectionStatus status);

	List<DataCollection> findByCommunityIdAndStatus(Long communityId, CollectionStatus status);

}
