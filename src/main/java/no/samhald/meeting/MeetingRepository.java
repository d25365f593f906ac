package no.samhald.meeting;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long>, CommunityMeetings {

	/** By id, if of the community: {@code findById}'s SQL is made once, a derived query's at each call (#11). */
	default Optional<Meeting> findByIdAndCommunityId(Long id, Long communityId) {
		return findById(id).filter(found -> found.communityId().equals(communityId));
	}

}
