package no.samhald.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface StrategyRepository extends ListCrudRepository<Strategy, Long> {

	@Query("select * from strategy where community_id = :communityId order by first_year desc")
	List<Strategy> findByCommunityIdOrderByFirstYearDesc(Long communityId);

	@Query("select * from strategy where id = :id and community_id = :communityId")
	Optional<Strategy> findByIdAndCommunityId(Long id, Long communityId);

}
