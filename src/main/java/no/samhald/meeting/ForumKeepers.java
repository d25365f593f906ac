package no.samhald.meeting;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.platform.Access;
import no.samhald.platform.ConflictException;
import no.samhald.platform.NotFoundException;

/**
 * Who keeps a forum's meetings, cases and minutes: a coordinator of the community, or the
 * secretary of that forum. Where a form has not yet named its forum, keeping some forum of the
 * community is enough to be told what is missing; the forum is then checked once it is named.
 */
@Component
record ForumKeepers(Forums forums, Access access, MeetingRepository meetings) {

	/**
	 * The meeting, to be changed by a keeper of its forum. Anyone else is refused (403) before
	 * the meeting's visibility is considered, as when only coordinators could change meetings.
	 */
	Meeting meeting(Community community, long id) {
		Meeting meeting = meetings.findByIdAndCommunityId(id, community.id())
			.orElseThrow(() -> new NotFoundException("meeting", id));
		access.requireKeeperOfForum(community.slug(), meeting.forumId());
		return meeting;
	}

	/** Approved minutes are locked, and a cancelled meeting takes no more changes. */
	static void requireOpen(Meeting meeting) {
		if (meeting.isLocked()) {
			throw new ConflictException("minutes.locked", "meeting " + meeting.id() + " has approved minutes");
		}
		if (meeting.isCancelled()) {
			throw new ConflictException("meeting.cancelled", "meeting " + meeting.id() + " is cancelled");
		}
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
