package no.samhald.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.meeting.MeetingSummary;
import no.samhald.platform.AccountLinks.RoleHolder;
import no.samhald.platform.ICalendar;
import no.samhald.platform.ICalendar.Method;
import no.samhald.platform.Mail.Attachment;

/**
 * The meeting as a calendar invitation (RFC 5546) sent with the notice: one UID per meeting (the
 * same as in the forum's calendar feed), and a SEQUENCE that grows with each change or
 * cancellation (table {@code meeting_invitation}), so that calendar programs replace the older
 * version instead of adding another event.
 */
@Component
record MeetingInvitations(JdbcClient jdbc, Clock clock,
		@Value("${samhald.mail.from:samhald@localhost}") String organizer) {

	static final String FILE_NAME = "invitation.ics";

	/** The sequence number of the next version of the meeting's invitation: 0 at first, then one more each time. */
	int nextSequence(MeetingSummary meeting, Method method) {
		return jdbc.sql("""
				insert into meeting_invitation (meeting_id, community_id, sequence, method) values (:meeting, :community, 0, :method)
				on conflict (meeting_id) do update
				  set sequence = meeting_invitation.sequence + 1, method = excluded.method, changed_at = now()
				returning sequence
				""")
			.param("meeting", meeting.id())
			.param("community", meeting.communityId())
			.param("method", method.name())
			.query(Integer.class)
			.single();
	}

	static String uid(Community community, long meetingId) {
		return "meeting-" + meetingId + "@" + community.slug() + ".samhald.no";
	}

	/** The invitation of one participant, as a file to attach. */
	Attachment attachment(Community community, MeetingSummary meeting, Method method, int sequence, RoleHolder to,
			String link) {
		String text = ICalendar.begin("Meetings", method, clock.instant())
			.beginEvent(uid(community, meeting.id()))
			.value("SEQUENCE", sequence)
			.times(meeting.startsAt(), meeting.endsAt())
			.text("SUMMARY", meeting.heading())
			.text("LOCATION", location(meeting))
			.text("DESCRIPTION", String.join("\n", meeting.agenda()))
			.value("URL", link)
			.value("ORGANIZER;CN=" + ICalendar.quoted(meeting.forumName()), "mailto:" + organizer)
			.value("ATTENDEE;CN=" + ICalendar.quoted(to.displayName()) + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE",
					"mailto:" + to.email())
			.value("STATUS", method == Method.CANCEL ? "CANCELLED" : "CONFIRMED")
			.endEvent()
			.end();
		return new Attachment(FILE_NAME, "text/calendar; charset=UTF-8; method=" + method.name(),
				text.getBytes(StandardCharsets.UTF_8));
	}

	/** The place, and the video link when there is one. */
	static String location(MeetingSummary meeting) {
		String place = meeting.place() == null ? "" : meeting.place().strip();
		if (meeting.videoLink() == null) {
			return place;
		}
		return place.isEmpty() ? meeting.videoLink() : place + " / " + meeting.videoLink();
	}

}
