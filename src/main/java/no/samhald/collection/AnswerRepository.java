package no.samhald.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AnswerRepository extends ListCrudRepository<Answer, Long> {

	Optional<Answer> findByCollectionIdAndPartnerId(Long collectionId, Long partnerId);

	List<Answer> findByCollectionId(Long collectionId);

	boolean existsByCollectionId(Long collectionId);

}
