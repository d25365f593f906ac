package no.samhald.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegionRepository extends ListCrudRepository<Region, Long> {

	/** Written out: a derived query's SQL is made anew at each call (a third of the dashboard's reads' time, #11). */
	@Query("select * from region where community_id = :communityId order by name")
	List<Region> findByCommunityIdOrderByName(Long communityId);

	Optional<Region> findByIdAndCommunityId(Long id, Long communityId);

}
