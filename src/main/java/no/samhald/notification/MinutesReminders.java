package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	private final ReminderRun run;

	private final JdbcClient jdbc;

	private final MeetingSummaries meetings;

	private final MeetingNotifications notifications;

	MinutesReminders(ReminderRun run, JdbcClient jdbc, MeetingSummaries meetings, MeetingNotifications notifications) {
		this.run = run;
		this.jdbc = jdbc;
		this.meetings = meetings;
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
			Community community = run.community(request.communityId());
			long daysWaiting = ChronoUnit.DAYS.between(request.requestedOn(), today);
			for (RoleHolder approver : run.recipients().invitees(community, meeting.pendingApprovers())) {
				// a person without an account is known by their e-mail
				String person = approver.username() != null ? approver.username() : approver.email().toLowerCase();
				if (run.sendOnce("minutes-approval", meeting.id(), request.requestedOn().plusDays(DAYS_AFTER), person,
						"after-" + DAYS_AFTER, () -> notifications.minutesNotice(MailKind.MINUTES_NOT_APPROVED,
								community, meeting, approver, daysWaiting))) {
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

	/** A reminder that went out: of which meeting's minutes, to which address. */
	public record Reminder(long meetingId, String recipient) {
	}

	private record Request(long meetingId, long communityId, LocalDate requestedOn) {
	}

}
