package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.MeetingSummaries;
import no.samhald.meeting.MeetingSummary;
import no.samhald.platform.AccountLinks.RoleHolder;

/**
 * Reminds those who must approve minutes and have not, five days after the minutes went to
 * approval; once per person (table {@code reminder_sent}), however often the job runs and on
 * however many nodes. Minutes approved, or a meeting moved back from held, need no reminder.
 */
@Component
public class MinutesReminders {

	static final int DAYS_AFTER = 5;

	private final JdbcClient jdbc;

	private final MeetingSummaries meetings;

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final MeetingNotifications notifications;

	MinutesReminders(JdbcClient jdbc, MeetingSummaries meetings, Communities communities, Recipients recipients,
			Deliveries deliveries, MeetingNotifications notifications) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.notifications = notifications;
	}

	/** Sends the reminders due by {@code today} not sent before; returns those sent now. */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		var sent = new ArrayList<Reminder>();
		for (Request request : due(today)) {
			MeetingSummary meeting = meetings.find(request.communityId(), request.meetingId()).orElse(null);
			if (meeting == null || meeting.status() != MeetingStatus.HELD) {
				continue;
			}
			Community community = communities.findById(request.communityId()).orElseThrow();
			long daysWaiting = ChronoUnit.DAYS.between(request.requestedOn(), today);
			for (RoleHolder approver : recipients.invitees(community, meeting.pendingApprovers())) {
				if (firstTime(request, approver)) {
					deliveries.send(notifications.minutesNotice(MailKind.MINUTES_NOT_APPROVED, community, meeting,
							approver, daysWaiting));
					sent.add(new Reminder(meeting.id(), approver.email()));
				}
			}
		}
		return sent;
	}

	private List<Request> due(LocalDate today) {
		return jdbc.sql("""
				select meeting_id, community_id, requested_on from minutes_approval_request
				where requested_on <= :cutoff order by requested_on, meeting_id
				""")
			.param("cutoff", today.minusDays(DAYS_AFTER))
			.query(Request.class)
			.list();
	}

	/** Records the reminder unless it was sent; a person without an account is known by their e-mail. */
	private boolean firstTime(Request request, RoleHolder approver) {
		return jdbc.sql("""
				insert into reminder_sent (kind, subject_id, deadline, username, step)
				values ('minutes-approval', :meeting, :deadline, :person, :step) on conflict do nothing
				""")
			.param("meeting", request.meetingId())
			.param("deadline", request.requestedOn().plusDays(DAYS_AFTER))
			.param("person", approver.username() != null ? approver.username() : approver.email().toLowerCase())
			.param("step", "after-" + DAYS_AFTER)
			.update() == 1;
	}

	/** A reminder that went out: of which meeting's minutes, to which address. */
	public record Reminder(long meetingId, String recipient) {
	}

	private record Request(long meetingId, long communityId, LocalDate requestedOn) {
	}

}
