package no.samhald.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface PersonRepository extends ListCrudRepository<Person, Long> {

	@Query("select * from person where community_id = :communityId order by name")
	List<Person> findByCommunityIdOrderByName(Long communityId);

	Optional<Person> findByIdAndCommunityId(Long id, Long communityId);

	/** {@code ids} not empty ({@code in ()} is no SQL). */
	@Query("select * from person where community_id = :communityId and id in (:ids)")
	List<Person> findByCommunityIdAndIdIn(Long communityId, Collection<Long> ids);

}
