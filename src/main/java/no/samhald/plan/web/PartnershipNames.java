package no.samhald.plan.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;

/** Names of the forums and persons that plans point to by id, in name order, for pages and choices. */
@Component
record PartnershipNames(Forums forums, People people) {

	Map<Long, String> forums(long communityId) {
		return forums.all(communityId).stream().collect(Collectors.toMap(Forum::id, Forum::name, (a, b) -> a, LinkedHashMap::new));
	}

	Map<Long, String> people(long communityId) {
		return namesById(people.all(communityId));
	}

	/** Only the persons with these ids (null ids left out): a page that names a few reads only those (#11). */
	Map<Long, String> people(long communityId, Collection<Long> ids) {
		return namesById(people.withIds(communityId, ids.stream().filter(Objects::nonNull).distinct().toList()));
	}

	private static Map<Long, String> namesById(List<Person> persons) {
		return persons.stream().collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a, LinkedHashMap::new));
	}

}
