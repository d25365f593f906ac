package no.samhald.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CommunityRepository extends ListCrudRepository<Community, Long> {

	Optional<Community> findBySlug(String slug);

	List<Community> findAllByOrderByName();

}
