package no.samhald.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.Text;

/**
 * Cancelling a meeting: it stays, shown as cancelled with the reason, instead of being deleted
 * or moved back to planned, and leaves the upcoming lists. Participants who had the notice get
 * the cancellation of their calendar invitation. Only a meeting not yet held can be cancelled,
 * and cancelling is final (plan a new meeting instead).
 */
@Service
public class MeetingCancellations {

	private final MeetingRepository meetings;

	private final ForumKeepers keepers;

	private final MeetingNotices notices;

	private final Access access;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	MeetingCancellations(MeetingRepository meetings, ForumKeepers keepers, MeetingNotices notices, Access access,
			AuditLog audit, JdbcClient jdbc) {
		this.meetings = meetings;
		this.keepers = keepers;
		this.notices = notices;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Why and by whom a meeting was cancelled; the reason may be empty. */
	public record Cancellation(String reason, String cancelledBy, Instant cancelledAt) {

		public LocalDate cancelledOn() {
			return cancelledAt.atZone(Meeting.NORWAY).toLocalDate();
		}

	}

	/**
	 * Cancels a planned or noticed meeting, by a keeper of its forum (a coordinator or the
	 * forum's secretary). The version is the one the person confirmed, so a meeting changed
	 * meanwhile is not cancelled unseen.
	 */
	@Transactional
	public Meeting cancel(Community community, long id, String reason, int version) {
		Meeting current = keepers.meeting(community, id);
		ForumKeepers.requireOpen(current);
		if (current.status() != MeetingStatus.PLANNED && current.status() != MeetingStatus.NOTICE_SENT) {
			throw new ConflictException("meeting.cancel.held", "meeting " + id + " is " + current.status());
		}
		IdentityNumbers.refuseIn("reason", reason);
		Meeting saved = meetings.save(new Meeting(id, current.communityId(), current.forumId(), current.title(),
				current.startsAt(), current.endsAt(), current.place(), current.videoLink(), MeetingStatus.CANCELLED,
				current.publicMeeting(), current.minutesNotes(), null, version, current.participants()));
		jdbc.sql("""
				insert into meeting_cancellation (meeting_id, community_id, reason, cancelled_by)
				values (:meeting, :community, :reason, :by)
				""")
			.param("meeting", id).param("community", community.id())
			.param("reason", Text.strippedOrEmpty(reason)).param("by", access.currentUsername())
			.update();
		audit.record(community.slug(), "meeting.cancelled", "meeting " + id, current.status() + " -> CANCELLED");
		notices.statusChanged(community, id, current.status(), MeetingStatus.CANCELLED);
		return saved;
	}

	/** The cancellation of a meeting the caller has already been allowed to see. */
	public Optional<Cancellation> of(Meeting meeting) {
		if (!meeting.isCancelled()) {
			return Optional.empty();
		}
		return jdbc.sql("select reason, cancelled_by, cancelled_at from meeting_cancellation where meeting_id = :meeting")
			.param("meeting", meeting.id())
			.query((rs, n) -> new Cancellation(rs.getString("reason"), rs.getString("cancelled_by"),
					rs.getTimestamp("cancelled_at").toInstant()))
			.optional();
	}

}
