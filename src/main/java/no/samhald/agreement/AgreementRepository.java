package no.samhald.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	@Query("select * from agreement where community_id = :communityId order by kind, number, title")
	List<Agreement> findByCommunityIdOrderByKindAscNumberAscTitleAsc(Long communityId);

	Optional<Agreement> findByIdAndCommunityId(Long id, Long communityId);

}
