package no.samhald.meeting;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;

/**
 * The events that tell other modules (notification, above all) what happened to a meeting's
 * notice and minutes: a notice sent, changed or withdrawn, minutes waiting for approval or
 * approved. Kept in one place so that every way of changing a meeting tells the same things.
 */
@Component
record MeetingNotices(ApplicationEventPublisher events) {

	/** Changes to these fields of a meeting whose notice was sent update the participants' calendars. */
	private static final List<String> CALENDAR_FIELDS = List.of("title", "date", "startTime", "endTime", "place",
			"videoLink");

	/** Tells of a notice sent or withdrawn, and of minutes that now wait for approval. */
	void statusChanged(Community community, long id, MeetingStatus from, MeetingStatus to) {
		if (from == to) {
			return;
		}
		if (to == MeetingStatus.NOTICE_SENT) {
			events.publishEvent(new MeetingNoticeChanged(community.id(), id, MeetingNoticeChanged.Change.SENT));
		}
		else if (from == MeetingStatus.NOTICE_SENT && (to == MeetingStatus.PLANNED || to == MeetingStatus.CANCELLED)) {
			events.publishEvent(new MeetingNoticeChanged(community.id(), id, MeetingNoticeChanged.Change.WITHDRAWN));
		}
		if (to == MeetingStatus.HELD) {
			events.publishEvent(new MinutesAwaitingApproval(community.id(), id));
		}
	}

	/** Tells of a change to the time, place or title of a meeting whose notice was sent. */
	void detailsChanged(Community community, Meeting before, List<String> changedFields) {
		if (before.status() == MeetingStatus.NOTICE_SENT && changedFields.stream().anyMatch(CALENDAR_FIELDS::contains)) {
			events.publishEvent(new MeetingNoticeChanged(community.id(), before.id(), MeetingNoticeChanged.Change.UPDATED));
		}
	}

	void minutesApproved(Community community, long id) {
		events.publishEvent(new MinutesApproved(community.id(), id));
	}

}
