package no.samhald.partnership;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, Long> {

	List<Membership> findByForumIdOrderByStartDate(Long forumId);

	List<Membership> findByPersonId(Long personId);

	List<Membership> findByForumIdIn(Collection<Long> forumIds);

}
