package no.samhald.meeting;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.platform.Access;

/**
 * Who keeps a forum's meetings, cases and minutes: a coordinator of the community, or the
 * secretary of that forum. Where a form has not yet named its forum, keeping some forum of the
 * community is enough to be told what is missing; the forum is then checked once it is named.
 */
@Component
class ForumKeepers {

	private final Forums forums;

	private final Access access;

	ForumKeepers(Forums forums, Access access) {
		this.forums = forums;
		this.access = access;
	}

	/** The forums of the community whose meetings the signed-in person may keep. */
	List<Forum> kept(Community community) {
		return forums.all(community.id()).stream()
			.filter(forum -> access.canKeepForum(community.slug(), forum.id()))
			.toList();
	}

	/** Throws (→ 403) unless the signed-in person keeps the forum, or some forum when none is named yet. */
	void require(Community community, Long forumId) {
		if (forumId != null) {
			access.requireKeeperOfForum(community.slug(), forumId);
		}
		else if (kept(community).isEmpty()) {
			throw new AccessDeniedException("Keeps no forum of " + community.slug());
		}
	}

}
