package no.samhald.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	List<Person> findByCommunityIdOrderByName(Long communityId);

	Optional<Person> findByIdAndCommunityId(Long id, Long communityId);

	List<Person> findByCommunityIdAndIdIn(Long communityId, Collection<Long> ids);

}
