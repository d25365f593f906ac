package no.samhald.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface EventRepository extends ListCrudRepository<Event, Long> {

	List<Event> findByCommunityIdOrderByStartsAtDesc(Long communityId);

	Optional<Event> findByIdAndCommunityId(Long id, Long communityId);

}
