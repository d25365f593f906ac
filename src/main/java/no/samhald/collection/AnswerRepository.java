package no.samhald.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AnswerRepository extends ListCrudRepository<Answer, Long> {

	Optional<Answer> findByCollectionIdAndPartnerId(Long collectionId, Long partnerId);

	List<Answer> findByCollectionId(Long collectionId);

	boolean existsByCollectionId(Long collectionId);

	/** Who has submitted, without reading the answers' values: one query, however many answers. */
	@Query("select partner_id from collection_answer where collection_id = :collectionId and status = 'SUBMITTED'")
	List<Long> findSubmittedPartnerIds(long collectionId);

}
