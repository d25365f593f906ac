package no.samhald.partnership;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.NotFoundException;

/** The people who take part in a community's forums. */
@Service
public class People {

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final AuditLog audit;

	People(PersonRepository people, MembershipRepository memberships, AuditLog audit) {
		this.people = people;
		this.memberships = memberships;
		this.audit = audit;
	}

	public List<Person> all(long communityId) {
		return people.findByCommunityIdOrderByName(communityId);
	}

	public Person get(long communityId, long id) {
		return people.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("person", id));
	}

	public List<Membership> membershipsOf(long communityId, long personId) {
		get(communityId, personId);
		return memberships.findByPersonId(personId);
	}

	@Transactional
	public Person create(long communityId, String communitySlug, PersonDetails details) {
		Person saved = people.save(new Person(null, communityId, details.getName().strip(),
				details.getTitle() == null ? "" : details.getTitle().strip(),
				PartnerDetails.blankToNull(details.getEmail()), 0));
		audit.record(communitySlug, "person.created", "person " + saved.id(), saved.name());
		return saved;
	}

}
