package no.samhald.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Member;
import no.samhald.partnership.MembershipRole;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * Meetings of a community's forums: planning, status, attendance, and the approval of the
 * minutes that locks them. Changes need a keeper of the meeting's forum (its secretary, or a
 * coordinator of the community); the public sees only public meetings.
 */
@Service
public class Meetings {

	private final MeetingRepository meetings;

	private final CaseRepository cases;

	private final Forums forums;

	private final Access access;

	private final ForumKeepers keepers;

	private final AuditLog audit;

	private final MeetingNotices notices;

	private final Clock clock;

	Meetings(MeetingRepository meetings, CaseRepository cases, Forums forums, Access access, ForumKeepers keepers,
			AuditLog audit, MeetingNotices notices, Clock clock) {
		this.meetings = meetings;
		this.cases = cases;
		this.forums = forums;
		this.access = access;
		this.keepers = keepers;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
	}

	/** The meetings the current person may see, latest first. */
	public List<Meeting> visible(Community community) {
		boolean member = access.isMemberOf(community.slug());
		return meetings.findByCommunityIdOrderByStartsAtDesc(community.id()).stream()
			.filter(m -> member || m.publicMeeting())
			.toList();
	}

	/**
	 * {@link #visible} for a list that shows no participants, e.g. the API's to the public: their
	 * participants are left empty, which at ten years of meetings is most of the rows not read.
	 */
	public List<Meeting> visibleWithoutParticipants(Community community) {
		return meetings.findMeetingsWithoutParticipants(visibleFilter(community, null));
	}

	/** The years of the meetings the current person may see, latest first: the decision log's year filter. */
	public List<Integer> visibleYears(Community community) {
		return meetings.years(visibleFilter(community, null));
	}

	/** How many meetings {@link #visiblePage} pages through: those the current person may see, of one forum or all. */
	public int countVisible(Community community, Long forumId) {
		return meetings.countMeetings(visibleFilter(community, forumId));
	}

	/** One page of {@link #visible}, optionally of one forum only, loaded in SQL rather than cut from all of them. */
	public List<Meeting> visiblePage(Community community, Long forumId, int offset, int limit) {
		return meetings.findMeetingsPage(visibleFilter(community, forumId), offset, limit);
	}

	private CommunityMeetings.MeetingFilter visibleFilter(Community community, Long forumId) {
		return new CommunityMeetings.MeetingFilter(community.id(), forumId, !access.isMemberOf(community.slug()));
	}

	/** The meeting, if the current person may see it; else a 404 (a closed meeting is not announced). */
	public Meeting get(Community community, long id) {
		Meeting meeting = meetings.findByIdAndCommunityId(id, community.id())
			.orElseThrow(() -> new NotFoundException("meeting", id));
		requireVisible(community, meeting);
		return meeting;
	}

	/** Checks again, without reading it, that the current person may see a meeting read with {@link #get}. */
	void requireVisible(Community community, Meeting meeting) {
		if (!meeting.communityId().equals(community.id())
				|| (!meeting.publicMeeting() && !access.isMemberOf(community.slug()))) {
			throw new NotFoundException("meeting", meeting.id());
		}
	}

	/** The forums of the community whose meetings, cases and minutes the signed-in person may keep. */
	public List<Forum> keptForums(Community community) {
		return keepers.kept(community);
	}

	/** The forums of the community by id, for labels beside meetings and cases. */
	public Map<Long, Forum> forumsById(Community community) {
		return forums.all(community.id()).stream().collect(Collectors.toMap(Forum::id, Function.identity()));
	}

	@Transactional
	public Meeting plan(Community community, SaveMeeting details) {
		keepers.require(community, details.forumId());
		details.check(forums.all(community.id()));
		Forum forum = forums.get(community.id(), details.forumId());
		Meeting saved = meetings.save(new Meeting(null, community.id(), forum.id(), Text.strippedOrEmpty(details.title()),
				details.startsAt(), details.endsAt(), Text.strippedOrEmpty(details.place()), Text.strippedOrNull(details.videoLink()),
				MeetingStatus.PLANNED, details.publicMeeting(), "", null, 0,
				Participant.fromMembers(forums.currentMembers(community.id(), forum.id()))));
		audit.record(community.slug(), "meeting.planned", "meeting " + saved.id(), forum.label() + " " + saved.startsAt());
		return saved;
	}

	@Transactional
	public Meeting update(Community community, long id, SaveMeeting details) {
		Meeting current = kept(community, id);
		requireOpen(current);
		details.check(forums.all(community.id()));
		if (!details.forumId().equals(current.forumId())) {
			throw new InvalidInputException("forumId", "meeting.forum.fixed");
		}
		// Case numbers run per year; moving numbered cases into another year would break them.
		if (details.date().getYear() != current.startsAt().getYear()
				&& cases.existsByMeetingId(id)) {
			throw new InvalidInputException("date", "meeting.date.yearFixed");
		}
		Meeting saved = meetings.save(new Meeting(id, community.id(), current.forumId(), Text.strippedOrEmpty(details.title()),
				details.startsAt(), details.endsAt(), Text.strippedOrEmpty(details.place()), Text.strippedOrNull(details.videoLink()),
				current.status(), details.publicMeeting(), current.minutesNotes(), current.minutesApprovedAt(),
				details.version(), current.participants()));
		List<String> changed = details.fieldsChangedIn(current);
		audit.record(community.slug(), "meeting.updated", "meeting " + id, String.join(", ", changed));
		notices.detailsChanged(community, current, changed);
		return saved;
	}

	/**
	 * Moves the meeting forward (innkalla, gjennomført) or back to planned; approval happens only
	 * by approving, cancellation only by {@link MeetingCancellations#cancel}.
	 */
	@Transactional
	public Meeting changeStatus(Community community, long id, MeetingStatus status) {
		Meeting current = kept(community, id);
		requireOpen(current);
		if (status == MeetingStatus.MINUTES_APPROVED) {
			throw new ConflictException("meeting.status.approveByApproving", "approve the minutes instead");
		}
		if (status == MeetingStatus.CANCELLED) {
			throw new ConflictException("meeting.status.cancelByCancelling", "cancel the meeting instead");
		}
		Meeting saved = meetings.save(current.with(status, current.participants(), current.minutesNotes(), null));
		audit.record(community.slug(), "meeting.status", "meeting " + id, current.status() + " -> " + status);
		notices.statusChanged(community, id, current.status(), status);
		return saved;
	}

	/** Records who came, who sent a substitute, and who must approve the minutes. */
	@Transactional
	public Meeting recordAttendance(Community community, long id, List<AttendanceEntry> entries, int version) {
		Meeting current = kept(community, id);
		requireOpen(current);
		Map<Long, AttendanceEntry> byPerson = entries.stream()
			.collect(Collectors.toMap(AttendanceEntry::personId, Function.identity(), (a, b) -> b));
		var participants = current.participants().stream().map(p -> {
			AttendanceEntry e = byPerson.get(p.personId());
			if (e == null) {
				return p;
			}
			String substitute = e.attendance() == Attendance.SUBSTITUTE ? Text.strippedOrNull(e.substituteName()) : null;
			return p.withAttendance(e.attendance(), substitute, e.mustApprove());
		}).toList();
		Meeting changed = new Meeting(id, current.communityId(), current.forumId(), current.title(), current.startsAt(),
				current.endsAt(), current.place(), current.videoLink(), current.status(), current.publicMeeting(),
				current.minutesNotes(), null, version, participants);
		Meeting saved = meetings.save(changed);
		audit.record(community.slug(), "meeting.attendance", "meeting " + id, entries.size() + " participants");
		return saved;
	}

	/**
	 * Takes in members who joined the forum after the meeting was planned, and drops those who
	 * left, unless their attendance is already recorded.
	 */
	@Transactional
	public Meeting refreshParticipants(Community community, long id) {
		Meeting current = kept(community, id);
		requireOpen(current);
		List<Participant> members = Participant.fromMembers(forums.currentMembers(community.id(), current.forumId()));
		var participants = new ArrayList<Participant>();
		for (Participant p : current.participants()) {
			boolean stillMember = members.stream().anyMatch(m -> m.personId().equals(p.personId()));
			if (stillMember || p.attendance() != null) {
				participants.add(p);
			}
		}
		members.stream().filter(m -> current.participant(m.personId()).isEmpty()).forEach(participants::add);
		Meeting saved = meetings.save(current.with(current.status(), participants, current.minutesNotes(),
				current.minutesApprovedAt()));
		audit.record(community.slug(), "meeting.participants.refreshed", "meeting " + id,
				participants.size() + " participants");
		return saved;
	}

	/** Saves the free text of the draft minutes; approvals already given no longer hold for the changed text. */
	@Transactional
	public Meeting saveMinutesNotes(Community community, long id, String notes, int version) {
		Meeting current = kept(community, id);
		requireOpen(current);
		IdentityNumbers.refuseIn("notes", notes);
		var participants = current.participants().stream().map(p -> p.approvedAt(null)).toList();
		Meeting changed = new Meeting(id, current.communityId(), current.forumId(), current.title(), current.startsAt(),
				current.endsAt(), current.place(), current.videoLink(), current.status(), current.publicMeeting(),
				Text.strippedOrEmpty(notes), null, version, participants);
		Meeting saved = meetings.save(changed);
		audit.record(community.slug(), "minutes.drafted", "meeting " + id, "notes changed");
		return saved;
	}

	/**
	 * Records that a participant who must approve has approved the minutes: the participant
	 * themselves when signed in, or the secretary recording an approval given in the meeting, by
	 * e-mail or by signature. When the last one has approved, the minutes are locked and
	 * {@link MinutesApproved} is published.
	 */
	@Transactional
	public Meeting approveMinutes(Community community, long id, long personId) {
		Meeting current = access.isPerson(community.slug(), personId) ? get(community, id) : kept(community, id);
		requireOpen(current);
		if (current.status() != MeetingStatus.HELD) {
			throw new ConflictException("minutes.notHeld", "meeting " + id + " is " + current.status());
		}
		Participant approver = current.participant(personId).filter(Participant::mustApprove)
			.orElseThrow(() -> new InvalidInputException("personId", "minutes.notApprover"));
		if (approver.hasApproved()) {
			throw new ConflictException("minutes.alreadyApproved", "person " + personId);
		}
		Instant now = clock.instant();
		var participants = current.participants().stream()
			.map(p -> p.personId() == personId ? p.approvedAt(now) : p)
			.toList();
		boolean complete = participants.stream().filter(Participant::mustApprove).allMatch(Participant::hasApproved);
		Meeting saved = meetings.save(current.with(complete ? MeetingStatus.MINUTES_APPROVED : current.status(),
				participants, current.minutesNotes(), complete ? now : null));
		audit.record(community.slug(), "minutes.approvedBy", "meeting " + id, "person " + personId);
		if (complete) {
			audit.record(community.slug(), "minutes.approved", "meeting " + id, "locked");
			notices.minutesApproved(community, id);
		}
		return saved;
	}

	/** The meeting, to be changed by a keeper of its forum (see {@link ForumKeepers#meeting}). */
	Meeting kept(Community community, long id) {
		return keepers.meeting(community, id);
	}

	private static void requireOpen(Meeting meeting) {
		ForumKeepers.requireOpen(meeting);
	}

}
