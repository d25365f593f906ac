package no.samhald.meeting;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long>, CommunityMeetings {

	Optional<Meeting> findByIdAndCommunityId(Long id, Long communityId);

}
