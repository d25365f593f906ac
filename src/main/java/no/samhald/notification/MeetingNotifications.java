package no.samhald.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.meeting.MeetingNoticeChanged;
import no.samhald.meeting.MeetingSummaries;
import no.samhald.meeting.MeetingSummary;
import no.samhald.meeting.MinutesAwaitingApproval;
import no.samhald.platform.AccountLinks.RoleHolder;
import no.samhald.platform.ICalendar.Method;

/**
 * Tells the participants of a meeting of its notice (time, place, agenda, a link to the case
 * papers and the meeting as a calendar invitation), of changes to it and of its cancellation;
 * and those who must approve the minutes (the chair and the deputy chair unless changed) that the
 * minutes wait for them.
 */
@Component
class MeetingNotifications {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final MeetingSummaries meetings;

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final MeetingInvitations invitations;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingNotifications(MeetingSummaries meetings, Communities communities, Recipients recipients,
			Deliveries deliveries, MeetingInvitations invitations, MessageSource messages, JdbcClient jdbc,
			Clock clock) {
		this.meetings = meetings;
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.invitations = invitations;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void noticeChanged(MeetingNoticeChanged event) {
		MeetingSummary meeting = meetings.find(event.communityId(), event.meetingId()).orElse(null);
		if (meeting == null) {
			return;
		}
		Community community = communities.findById(event.communityId()).orElseThrow();
		Method method = event.change() == MeetingNoticeChanged.Change.WITHDRAWN ? Method.CANCEL : Method.REQUEST;
		MailKind kind = switch (event.change()) {
			case SENT -> MailKind.MEETING_NOTICE;
			case UPDATED -> MailKind.MEETING_CHANGED;
			case WITHDRAWN -> MailKind.MEETING_CANCELLED;
		};
		int sequence = invitations.nextSequence(meeting, method);
		String link = recipients.meetingLink(community, meeting.id(), "notice");
		for (RoleHolder to : recipients.invitees(community, meeting.invitees())) {
			Locale language = recipients.languageOf(community, to.username());
			List<String> details = details(meeting, language);
			deliveries.send(new Notice(kind, to.username(), to.email(), language, values(community, meeting), details,
					link, List.of(invitations.attachment(community, meeting, method, sequence, to, link))));
		}
	}

	@ApplicationModuleListener
	void minutesAwaitApproval(MinutesAwaitingApproval event) {
		MeetingSummary meeting = meetings.find(event.communityId(), event.meetingId()).orElse(null);
		if (meeting == null) {
			return;
		}
		jdbc.sql("""
				insert into minutes_approval_request (meeting_id, community_id, requested_on) values (:meeting, :community, :today)
				on conflict (meeting_id) do update set requested_on = excluded.requested_on
				""")
			.param("meeting", meeting.id())
			.param("community", meeting.communityId())
			.param("today", LocalDate.now(clock))
			.update();
		Community community = communities.findById(event.communityId()).orElseThrow();
		for (RoleHolder approver : recipients.invitees(community, meeting.pendingApprovers())) {
			deliveries.send(minutesNotice(MailKind.MINUTES_TO_APPROVE, community, meeting, approver, 0));
		}
	}

	Notice minutesNotice(MailKind kind, Community community, MeetingSummary meeting, RoleHolder approver,
			long daysWaiting) {
		Object[] values = values(community, meeting);
		Object[] withDays = Arrays.copyOf(values, values.length + 1);
		withDays[values.length] = daysWaiting;
		return new Notice(kind, approver.username(), approver.email(), recipients.languageOf(community, approver.username()), withDays,
				recipients.meetingLink(community, meeting.id(), "minutes"));
	}

	/** {0} the meeting's heading, {1} its date, {2} the forum, {3} the community. */
	private static Object[] values(Community community, MeetingSummary meeting) {
		return new Object[] { meeting.heading(), DeviationNotifications.date(meeting.startsAt().toLocalDate()),
				meeting.forumName(), community.name() };
	}

	/** Time, place, video link and agenda, each on a line, labelled in the recipient's language. */
	private List<String> details(MeetingSummary meeting, Locale language) {
		var lines = new ArrayList<String>();
		lines.add(label("time", language) + ": " + DeviationNotifications.date(meeting.startsAt().toLocalDate()) + " "
				+ TIME.format(meeting.startsAt()) + "–" + TIME.format(meeting.endsAt()));
		if (meeting.place() != null && !meeting.place().isBlank()) {
			lines.add(label("place", language) + ": " + meeting.place());
		}
		if (meeting.videoLink() != null) {
			lines.add(label("video", language) + ": " + meeting.videoLink());
		}
		lines.add("");
		lines.add(label("agenda", language) + ":");
		if (meeting.agenda().isEmpty()) {
			lines.add(label("noAgenda", language));
		}
		meeting.agenda().forEach(item -> lines.add("- " + item));
		return lines;
	}

	private String label(String key, Locale language) {
		return messages.getMessage("notification.meeting." + key, null, language);
	}

}
