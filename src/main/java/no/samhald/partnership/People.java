package no.samhald.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/** The people who take part in a community's forums. */
@Service
public class People {

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final AuditLog audit;

	private final Access access;

	People(PersonRepository people, MembershipRepository memberships, AuditLog audit, Access access) {
		this.people = people;
		this.memberships = memberships;
		this.audit = audit;
		this.access = access;
	}

	public List<Person> all(long communityId) {
		return people.findByCommunityIdOrderByName(communityId);
	}

	/** The community's persons with these ids (a page that names a few of them). */
	public List<Person> withIds(long communityId, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : people.findByCommunityIdAndIdIn(communityId, ids);
	}

	public Person get(long communityId, long id) {
		return people.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("person", id));
	}

	public List<Membership> membershipsOf(long communityId, long personId) {
		get(communityId, personId);
		return memberships.findByPersonId(personId);
	}

	@Transactional
	public Person create(Community community, AddPerson person) {
		access.requireCoordinator(community.slug());
		if (Text.isBlank(person.name())) {
			throw new InvalidInputException("name", "validation.required");
		}
		Person saved = people.save(new Person(null, community.id(), person.name().strip(),
				Objects.requireNonNullElse(Text.strippedOrNull(person.title()), ""), Text.strippedOrNull(person.email()), 0));
		audit.record(community.slug(), "person.created", "person " + saved.id(), saved.name());
		return saved;
	}

}
