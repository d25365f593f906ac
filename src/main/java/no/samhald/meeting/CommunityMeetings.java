package no.samhald.meeting;

import java.util.List;

/**
 * All meetings of a community with their participants in two queries. Spring Data JDBC's
 * derived query loads the participants of each meeting with a query of its own, which at ten
 * years of meetings (900 per community) made the meeting list and the decision log take seconds.
 */
interface CommunityMeetings {

	List<Meeting> findByCommunityIdOrderByStartsAtDesc(Long communityId);

}
