package no.samhald.plan;

import java.util.List;

import org.springframework.stereotype.Component;

import no.samhald.partnership.Forums;
import no.samhald.partnership.People;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/** Checks that the forums and persons a plan points to belong to the same community. */
@Component
record References(Forums forums, People people) {

	void checkForum(long communityId, Long forumId, String field, List<FieldProblem> problems) {
		if (forumId != null && !exists(() -> forums.get(communityId, forumId))) {
			problems.add(new FieldProblem(field, "validation.unknown"));
		}
	}

	void checkPerson(long communityId, Long personId, String field, List<FieldProblem> problems) {
		if (personId != null && !exists(() -> people.get(communityId, personId))) {
			problems.add(new FieldProblem(field, "validation.unknown"));
		}
	}

	private static boolean exists(Runnable lookup) {
		try {
			lookup.run();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

}
