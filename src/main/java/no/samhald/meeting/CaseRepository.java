package no.samhald.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CaseRepository extends ListCrudRepository<Case, Long> {

	/** By id, if of the community: {@code findById}'s SQL is made once, a derived query's at each call (#11). */
	default Optional<Case> findByIdAndCommunityId(Long id, Long communityId) {
		return findById(id).filter(found -> found.communityId().equals(communityId));
	}

	boolean existsByMeetingId(Long meetingId);

	List<Case> findByCommunityIdOrderByYearDescNumberDesc(Long communityId);

	boolean existsByForumIdAndYearAndNumber(Long forumId, int year, int number);

}
