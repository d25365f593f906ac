package no.samhald.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import no.samhald.SamhaldTest;

/**
 * Two requests of one session that both add the same attribute (the failed requests of the #11
 * load mix): each loaded the session before the other saved, so each inserts the attribute.
 */
@SamhaldTest
class ConcurrentSessionWritesTests {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeBothSucceedAndTheLaterWins() {
		assertThat(addTheSameAttributeTwice(sessions)).isEqualTo("from the second request");
	}

	private static <S extends Session> String addTheSameAttributeTwice(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());

		first.setAttribute("token", "from the first request");
		second.setAttribute("token", "from the second request");
		sessions.save(first);
		sessions.save(second);

		String stored = sessions.findById(created.getId()).getAttribute("token");
		sessions.deleteById(created.getId());
		return stored;
	}

}
