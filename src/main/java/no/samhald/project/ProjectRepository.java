package no.samhald.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface ProjectRepository extends ListCrudRepository<Project, Long> {

	@Query("select * from project where community_id = :communityId order by start_date desc, name")
	List<Project> findByCommunityIdOrderByStartDateDescNameAsc(Long communityId);

	@Query("select * from project where id = :id and community_id = :communityId")
	Optional<Project> findByIdAndCommunityId(Long id, Long communityId);

	Optional<Project> findByCommunityIdAndNameIgnoreCase(Long communityId, String name);

}
