package no.samhald.plan.web;

import java.util.LinkedHashMap;
import java.util.Map;
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
		return people.all(communityId).stream().collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a, LinkedHashMap::new));
	}

}
