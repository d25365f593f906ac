package no.samhald.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

	Optional<Meeting> findByIdAndCommunityId(Long id, Long communityId);

	List<Meeting> findByCommunityIdOrderByStartsAtDesc(Long communityId);

}
