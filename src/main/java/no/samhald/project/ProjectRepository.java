package no.samhald.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<Project, Long> {

	List<Project> findByCommunityIdOrderByStartDateDescNameAsc(Long communityId);

	Optional<Project> findByIdAndCommunityId(Long id, Long communityId);

	Optional<Project> findByCommunityIdAndNameIgnoreCase(Long communityId, String name);

}
