package no.samhald.meeting;

import java.util.List;

/**
 * All meetings of a community with their participants in two queries. Spring Data JDBC's
 * derived query loads the participants of each meeting with a query of its own, which at ten
 * years of meetings (900 per community) made the meeting list and the decision log take seconds.
 * The meeting list pages in SQL ({@link #countMeetings}, {@link #findMeetingsPage}) so that a page
 * loads its 50 meetings and their participants, not all 900.
 */
interface CommunityMeetings {

	List<Meeting> findByCommunityIdOrderByStartsAtDesc(Long communityId);

	/** How many meetings {@link #findMeetingsPage} pages through. */
	int countMeetings(MeetingFilter filter);

	/** The filter's meetings, latest first, without their participants (left empty). */
	List<Meeting> findMeetingsWithoutParticipants(MeetingFilter filter);

	/** The years in which the filter's meetings start, latest first (one query, not every meeting loaded). */
	List<Integer> years(MeetingFilter filter);

	/** One page of the meetings matching the filter, latest first, with their participants. */
	List<Meeting> findMeetingsPage(MeetingFilter filter, int offset, int limit);

	/**
	 * Which meetings of a community a list shows.
	 *
	 * @param forumId one forum's meetings only, or null for all forums
	 * @param publicOnly only public meetings (for a visitor who is not a member)
	 */
	record MeetingFilter(long communityId, Long forumId, boolean publicOnly) {
	}

}
