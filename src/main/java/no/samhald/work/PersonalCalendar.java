package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.SignedInUser;

/**
 * A person's calendar feed: their meetings (from a month back) and the deadlines of their tasks,
 * read with exactly the rights the person has when signed in, so the feed never shows more than
 * the pages would.
 */
@Service
public class PersonalCalendar {

	private static final int MONTHS_BACK = 1;

	private final CalendarFeeds feeds;

	private final UserDetailsService accounts;

	private final MyWork myWork;

	private final MeetingTasks meetingTasks;

	private final Meetings meetings;

	PersonalCalendar(CalendarFeeds feeds, UserDetailsService accounts, MyWork myWork, MeetingTasks meetingTasks,
			Meetings meetings) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.myWork = myWork;
		this.meetingTasks = meetingTasks;
		this.meetings = meetings;
	}

	/** The feed the token opens, with the owner's display name; empty for an unknown, renewed or locked one. */
	public Optional<Feed> open(String token) {
		return feeds.ownerOf(token).flatMap(this::account).map(user -> as(user, () -> feedOf(user)));
	}

	/** The entries of a feed and whose it is. */
	public record Feed(String ownerName, List<CalendarEntry> entries) {
	}

	private Feed feedOf(SignedInUser user) {
		LocalDateTime from = myWork.now().minusMonths(MONTHS_BACK);
		var meetingEntries = myWork.communitiesOf(user)
			.flatMap(community -> meetingsOf(community, from));
		var deadlines = myWork.tasks().stream()
			.filter(task -> task.kind() != TaskKind.UPCOMING_MEETING && task.kind() != TaskKind.PENDING_INVITATION
					&& task.due() != null)
			.map(task -> new CalendarEntry(uidOf(task), task.kind(), task.title(), null, null, task.due(), null,
					task.link()));
		return new Feed(user.displayName(), Stream.concat(meetingEntries, deadlines).toList());
	}

	/**
	 * A deadline's lasting id. An answer's names its respondent too ("answers-12", "forums-3", the
	 * link's last two segments): one person may answer for several partners in the same round.
	 */
	static String uidOf(Task task) {
		String respondent = "";
		if (task.kind() == TaskKind.COLLECTION_TO_ANSWER || task.kind() == TaskKind.CONSULTATION_TO_ANSWER) {
			String link = task.link();
			respondent = "-" + link.substring(link.lastIndexOf('/', link.lastIndexOf('/') - 1) + 1).replace('/', '-');
		}
		return task.kind().name().toLowerCase() + "-" + task.subjectId() + respondent + "@" + task.communitySlug()
				+ ".samhald.no";
	}

	private Stream<CalendarEntry> meetingsOf(Community community, LocalDateTime from) {
		Map<Long, Forum> forums = meetings.forumsById(community);
		return meetingTasks.ofCurrentPerson(community).stream()
			.filter(m -> m.startsAt().isAfter(from) && !m.isCancelled())
			.map(m -> entry(community, forums, m));
	}

	private CalendarEntry entry(Community community, Map<Long, Forum> forums, Meeting m) {
		String location = m.place() + (m.videoLink() == null ? "" : (m.place().isBlank() ? "" : " / ") + m.videoLink());
		return new CalendarEntry("meeting-" + m.id() + "@" + community.slug() + ".samhald.no", TaskKind.UPCOMING_MEETING,
				meetingTasks.label(forums, m), m.startsAt(), m.endsAt(), null, location,
				"/" + community.slug() + "/meetings/" + m.id());
	}

	private Optional<SignedInUser> account(String username) {
		try {
			return Optional.of(accounts.loadUserByUsername(username))
				.filter(SignedInUser.class::isInstance)
				.map(SignedInUser.class::cast)
				.filter(SignedInUser::isAccountNonLocked);
		}
		catch (UsernameNotFoundException gone) {
			return Optional.empty();
		}
	}

	/** Reads as the feed's owner, then restores whoever the thread acted as. */
	private static <T> T as(SignedInUser user, Supplier<T> work) {
		var before = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
