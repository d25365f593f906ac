package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser.Role;

/**
 * Minutes to approve (the person must approve the minutes of a held meeting and has not yet) and
 * the meetings of the next two weeks of forums the person sits in or keeps as secretary.
 */
@Component
record MeetingTasks(Meetings meetings, Access access) implements TaskSource {

	/** Minutes are to be approved within five days of the meeting; the reminder of issue 10 follows the same rule. */
	static final int APPROVAL_DAYS = 5;

	static final int UPCOMING_DAYS = 14;

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		Map<Long, Forum> forums = meetings.forumsById(community);
		Long personId = personIn(community);
		List<Meeting> mine = ofPerson(community, personId);
		var toApprove = mine.stream()
			.filter(m -> awaitsApproval(m) && personId != null && m.participant(personId)
				.filter(p -> p.mustApprove() && !p.hasApproved())
				.isPresent())
			.map(m -> minutesTask(community, forums, m, now));
		var upcoming = mine.stream()
			.filter(m -> !m.startsAt().isBefore(now) && m.startsAt().isBefore(now.plusDays(UPCOMING_DAYS))
					&& !m.isLocked() && !m.isCancelled())
			.map(m -> meetingTask(community, forums, m, now));
		return Stream.concat(toApprove, upcoming).toList();
	}

	/** The meetings the signed-in person takes part in or keeps, in the community. */
	List<Meeting> ofCurrentPerson(Community community) {
		return ofPerson(community, personIn(community));
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		Map<Long, Forum> forums = meetings.forumsById(community);
		return meetings.visible(community).stream()
			.filter(MeetingTasks::awaitsApproval)
			.map(m -> minutesTask(community, forums, m, now))
			.filter(Task::overdue)
			.toList();
	}

	String label(Map<Long, Forum> forums, Meeting meeting) {
		Forum forum = forums.get(meeting.forumId());
		String name = forum == null ? "" : forum.label();
		return meeting.title().isBlank() ? name : name + ": " + meeting.title();
	}

	private List<Meeting> ofPerson(Community community, Long personId) {
		if (!access.isMemberOf(community.slug()) && access.scopesOf(Role.FORUM_SECRETARY, community.slug()).isEmpty()) {
			return List.of();
		}
		Set<Long> keptForums = access.scopesOf(Role.FORUM_SECRETARY, community.slug());
		return meetings.visible(community).stream()
			.filter(m -> keptForums.contains(m.forumId()) || (personId != null && m.participant(personId).isPresent()))
			.toList();
	}

	/** The person of this community the signed-in account is, if linked (accounts belong to one community). */
	private Long personIn(Community community) {
		return access.currentUser()
			.filter(user -> community.slug().equals(user.communitySlug()))
			.map(user -> user.personId())
			.orElse(null);
	}

	private static boolean awaitsApproval(Meeting meeting) {
		return meeting.status() == MeetingStatus.HELD && meeting.approvers().stream().anyMatch(p -> !p.hasApproved());
	}

	private Task minutesTask(Community community, Map<Long, Forum> forums, Meeting m, LocalDateTime now) {
		return Task.of(TaskKind.MINUTES_TO_APPROVE, community.slug(), m.id(), label(forums, m),
				m.endsAt().toLocalDate().plusDays(APPROVAL_DAYS), now.toLocalDate(),
				"/meetings/" + m.id() + "/minutes");
	}

	private Task meetingTask(Community community, Map<Long, Forum> forums, Meeting m, LocalDateTime now) {
		Task task = Task.of(TaskKind.UPCOMING_MEETING, community.slug(), m.id(), label(forums, m),
				m.startsAt().toLocalDate(), now.toLocalDate(), "/meetings/" + m.id());
		return new Task(task.kind(), task.communitySlug(), task.subjectId(), task.title(), task.due(), false,
				task.link(), task.link() + "/notice");
	}

}
