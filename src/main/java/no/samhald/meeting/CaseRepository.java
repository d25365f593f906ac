package no.samhald.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CaseRepository extends ListCrudRepository<Case, Long> {

	Optional<Case> findByIdAndCommunityId(Long id, Long communityId);

	List<Case> findByMeetingIdOrderByYearAscNumberAsc(Long meetingId);

	List<Case> findByCommunityIdOrderByYearDescNumberDesc(Long communityId);

	List<Case> findByMatterId(Long matterId);

	boolean existsByForumIdAndYearAndNumber(Long forumId, int year, int number);

}
