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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import no.samhald.platform.InvalidInputException.FieldProblem;
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

	/** Changes to these fields of a meeting whose notice was sent update the participants' calendars. */
	private static final List<String> CALENDAR_FIELDS = List.of("title", "date", "startTime", "endTime", "place",
			"videoLink");

	private final MeetingRepository meetings;

	private final CaseRepository cases;

	private final Forums forums;

	private final Access access;

	private final ForumKeepers keepers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	Meetings(MeetingRepository meetings, CaseRepository cases, Forums forums, Access access, ForumKeepers keepers,
			AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.meetings = meetings;
		this.cases = cases;
		this.forums = forums;
		this.access = access;
		this.keepers = keepers;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The meetings the current person may see, latest first. */
	public List<Meeting> visible(Community community) {
		boolean member = access.isMemberOf(community.slug());
		return meetings.findByCommunityIdOrderByStartsAtDesc(community.id()).stream()
			.filter(m -> member || m.publicMeeting())
			.toList();
	}

	/** The meeting, if the current person may see it; else a 404 (a closed meeting is not announced). */
	public Meeting get(Community community, long id) {
		Meeting meeting = meetings.findByIdAndCommunityId(id, community.id())
			.orElseThrow(() -> new NotFoundException("meeting", id));
		if (!meeting.publicMeeting() && !access.isMemberOf(community.slug())) {
			throw new NotFoundException("meeting", id);
		}
		return meeting;
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
		check(community, details);
		Forum forum = forums.get(community.id(), details.forumId());
		Meeting saved = meetings.save(new Meeting(null, community.id(), forum.id(), Text.strippedOrEmpty(details.title()),
				details.startsAt(), details.endsAt(), Text.strippedOrEmpty(details.place()), Text.strippedOrNull(details.videoLink()),
				MeetingStatus.PLANNED, details.publicMeeting(), "", null, 0,
				participantsFrom(forums.currentMembers(community.id(), forum.id()))));
		audit.record(community.slug(), "meeting.planned", "meeting " + saved.id(), forum.label() + " " + saved.startsAt());
		return saved;
	}

	@Transactional
	public Meeting update(Community community, long id, SaveMeeting details) {
		Meeting current = kept(community, id);
		requireOpen(current);
		check(community, details);
		if (!details.forumId().equals(current.forumId())) {
			throw new InvalidInputException("forumId", "meeting.forum.fixed");
		}
		// Case numbers run per year; moving numbered cases into another year would break them.
		if (details.date().getYear() != current.startsAt().getYear()
				&& !cases.findByMeetingIdOrderByYearAscNumberAsc(id).isEmpty()) {
			throw new InvalidInputException("date", "meeting.date.yearFixed");
		}
		Meeting saved = meetings.save(new Meeting(id, community.id(), current.forumId(), Text.strippedOrEmpty(details.title()),
				details.startsAt(), details.endsAt(), Text.strippedOrEmpty(details.place()), Text.strippedOrNull(details.videoLink()),
				current.status(), details.publicMeeting(), current.minutesNotes(), current.minutesApprovedAt(),
				details.version(), current.participants()));
		List<String> changed = details.fieldsChangedIn(current);
		audit.record(community.slug(), "meeting.updated", "meeting " + id, String.join(", ", changed));
		if (current.status() == MeetingStatus.NOTICE_SENT && changed.stream().anyMatch(CALENDAR_FIELDS::contains)) {
			events.publishEvent(new MeetingNoticeChanged(community.id(), id, MeetingNoticeChanged.Change.UPDATED));
		}
		return saved;
	}

	/** Moves the meeting forward (innkalla, gjennomført) or back to planned; approval happens only by approving. */
	@Transactional
	public Meeting changeStatus(Community community, long id, MeetingStatus status) {
		Meeting current = kept(community, id);
		requireOpen(current);
		if (status == MeetingStatus.MINUTES_APPROVED) {
			throw new ConflictException("meeting.status.approveByApproving", "approve the minutes instead");
		}
		Meeting saved = meetings.save(current.with(status, current.participants(), current.minutesNotes(), null));
		audit.record(community.slug(), "meeting.status", "meeting " + id, current.status() + " -> " + status);
		publishStatusChange(community, id, current.status(), status);
		return saved;
	}

	/** Tells of a notice sent or withdrawn, and of minutes that now wait for approval. */
	private void publishStatusChange(Community community, long id, MeetingStatus from, MeetingStatus to) {
		if (from == to) {
			return;
		}
		if (to == MeetingStatus.NOTICE_SENT) {
			events.publishEvent(new MeetingNoticeChanged(community.id(), id, MeetingNoticeChanged.Change.SENT));
		}
		else if (from == MeetingStatus.NOTICE_SENT && to == MeetingStatus.PLANNED) {
			events.publishEvent(new MeetingNoticeChanged(community.id(), id, MeetingNoticeChanged.Change.WITHDRAWN));
		}
		if (to == MeetingStatus.HELD) {
			events.publishEvent(new MinutesAwaitingApproval(community.id(), id));
		}
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
		List<Participant> members = participantsFrom(forums.currentMembers(community.id(), current.forumId()));
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
			events.publishEvent(new MinutesApproved(community.id(), id));
		}
		return saved;
	}

	/** Adds a visible correction to approved minutes: the only change they allow. */
	@Transactional
	public void correct(Community community, long id, Long caseId, String text) {
		Meeting current = kept(community, id);
		if (!current.isLocked()) {
			throw new ConflictException("minutes.correction.notLocked", "meeting " + id + " is not approved");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "validation.required");
		}
		IdentityNumbers.refuseIn("text", text);
		jdbc.sql("""
				insert into minutes_correction (community_id, meeting_id, case_id, text, made_by)
				values (:community, :meeting, :case, :text, :by)
				""")
			.param("community", community.id()).param("meeting", id).param("case", caseId)
			.param("text", text.strip()).param("by", access.currentUsername())
			.update();
		audit.record(community.slug(), "minutes.corrected", "meeting " + id, caseId == null ? "" : "case " + caseId);
	}

	public List<Correction> corrections(Community community, long id) {
		get(community, id);
		return jdbc.sql("""
				select id, case_id, text, made_by, made_at from minutes_correction
				where community_id = :community and meeting_id = :meeting order by made_at, id
				""")
			.param("community", community.id()).param("meeting", id)
			.query((rs, n) -> new Correction(rs.getLong("id"), (Long) rs.getObject("case_id"), rs.getString("text"),
					rs.getString("made_by"), rs.getTimestamp("made_at").toInstant()))
			.list();
	}

	/**
	 * The meeting, to be changed by a keeper of its forum. Anyone else is refused (403) before
	 * the meeting's visibility is considered, as when only coordinators could change meetings.
	 */
	Meeting kept(Community community, long id) {
		Meeting meeting = meetings.findByIdAndCommunityId(id, community.id())
			.orElseThrow(() -> new NotFoundException("meeting", id));
		access.requireKeeperOfForum(community.slug(), meeting.forumId());
		return meeting;
	}

	static void requireOpen(Meeting meeting) {
		if (meeting.isLocked()) {
			throw new ConflictException("minutes.locked", "meeting " + meeting.id() + " has approved minutes");
		}
	}

	private void check(Community community, SaveMeeting d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.forumId() == null) {
			problems.add(new FieldProblem("forumId", "validation.required"));
		}
		else if (forums.all(community.id()).stream().noneMatch(f -> f.id().equals(d.forumId()))) {
			problems.add(new FieldProblem("forumId", "validation.unknown"));
		}
		if (d.date() == null) {
			problems.add(new FieldProblem("date", "validation.required"));
		}
		if (d.startTime() == null) {
			problems.add(new FieldProblem("startTime", "validation.required"));
		}
		if (d.endTime() == null) {
			problems.add(new FieldProblem("endTime", "validation.required"));
		}
		else if (d.startTime() != null && !d.endTime().isAfter(d.startTime())) {
			problems.add(new FieldProblem("endTime", "meeting.endTime.beforeStart"));
		}
		String link = Text.strippedOrNull(d.videoLink());
		if (link != null && !link.matches("(?i)https://\\S+")) {
			problems.add(new FieldProblem("videoLink", "meeting.videoLink.https"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * The forum's members today, each person once (with their highest role); the chair and the
	 * deputy chair approve the minutes unless changed.
	 */
	static List<Participant> participantsFrom(List<Member> members) {
		return members.stream()
			.sorted(Comparator.comparing((Member m) -> m.membership().role()))
			.map(m -> new Participant(m.person().id(), m.membership().role(), null, null,
					m.membership().role() == MembershipRole.LEADER || m.membership().role() == MembershipRole.DEPUTY_LEADER,
					null))
			.collect(Collectors.toMap(Participant::personId, Function.identity(), (first, second) -> first,
					LinkedHashMap::new))
			.values().stream().toList();
	}

}
