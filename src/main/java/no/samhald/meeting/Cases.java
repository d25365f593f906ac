package no.samhald.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The cases on meetings' agendas: numbering per forum and year, proposals, decisions (once),
 * disqualifications, and what the public may see of them.
 */
@Service
public class Cases {

	private final CaseRepository cases;

	private final CaseReads reads;

	private final Meetings meetings;

	private final Matters matters;

	private final Forums forums;

	private final Access access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	Cases(CaseRepository cases, CaseReads reads, Meetings meetings, Matters matters, Forums forums, Access access,
			AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.reads = reads;
		this.meetings = meetings;
		this.matters = matters;
		this.forums = forums;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The agenda of a meeting in case order, as the current person may see it. */
	public List<Case> agenda(Community community, long meetingId) {
		return agenda(community, meetings.get(community, meetingId));
	}

	/**
	 * The same for a meeting already read with {@link Meetings#get} (the meeting page read it twice, #11);
	 * its access is checked again, without reading it.
	 */
	public List<Case> agenda(Community community, Meeting meeting) {
		meetings.requireVisible(community, meeting);
		return reads.ofMeeting(meeting.id()).stream()
			.map(c -> visible(community, c, meeting))
			.toList();
	}

	/** All cases of the community the current person may see, latest first. */
	public List<Case> visible(Community community) {
		var meetingsById = meetings.visible(community).stream()
			.collect(Collectors.toMap(Meeting::id, m -> m));
		return reads.ofCommunity(community.id()).stream()
			.filter(c -> meetingsById.containsKey(c.meetingId()))
			.map(c -> visible(community, c, meetingsById.get(c.meetingId())))
			.toList();
	}

	/** The case as the current person may see it; a case of a closed meeting is a 404 to the public. */
	public Case get(Community community, long id) {
		Case item = stored(community, id);
		return visible(community, item, meetings.get(community, item.meetingId()));
	}

	public List<Case> ofMatter(Community community, long matterId) {
		return reads.ofMatter(matterId).stream()
			.filter(c -> c.communityId() == community.id())
			.toList();
	}

	/** "SSU 12/2025": the forum's short name, the number and the year. */
	public String caseNumber(Community community, Case item) {
		Forum forum = forums.get(community.id(), item.forumId());
		return forum.label() + " " + item.numberInYear();
	}

	@Transactional
	public Case add(Community community, long meetingId, SaveCase details) {
		Meeting meeting = meetings.kept(community, meetingId);
		ForumKeepers.requireOpen(meeting);
		int year = meeting.startsAt().getYear();
		check(community, details);
		int number = details.number() != null ? details.number() : nextNumber(meeting.forumId(), year);
		if (details.number() != null && cases.existsByForumIdAndYearAndNumber(meeting.forumId(), year, number)) {
			throw numberTaken(number, year);
		}
		try {
			Case saved = cases.save(new Case(null, community.id(), meeting.forumId(), meetingId, year, number,
					details.title().strip(), publicTitle(details), details.type(), Text.strippedOrEmpty(details.background()),
					Text.strippedOrEmpty(details.proposal()), null, null, details.exempt(), exemptionBasis(details),
					details.matterId(), 0, Set.of()));
			if (saved.matterId() != null) {
				matters.linkCase(community.id(), saved.matterId(), saved.forumId(), saved.id());
			}
			audit.record(community.slug(), "case.added", "case " + saved.id(), caseNumber(community, saved));
			return saved;
		}
		catch (DuplicateKeyException ex) {
			// Someone took the number between our check and our insert.
			throw numberTaken(number, year);
		}
	}

	/** Saves unless someone else saved since {@code details.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Case update(Community community, long id, SaveCase details) {
		Case current = kept(community, id);
		ForumKeepers.requireOpen(meetings.get(community, current.meetingId()));
		check(community, details);
		int number = details.number() == null ? current.number() : details.number();
		if (number != current.number() && cases.existsByForumIdAndYearAndNumber(current.forumId(), current.year(), number)) {
			throw numberTaken(number, current.year());
		}
		Case saved = cases.save(new Case(id, current.communityId(), current.forumId(), current.meetingId(), current.year(),
				number, details.title().strip(), publicTitle(details), details.type(), Text.strippedOrEmpty(details.background()),
				Text.strippedOrEmpty(details.proposal()), current.decision(), current.decidedAt(), details.exempt(),
				exemptionBasis(details), details.matterId(), details.version(), current.disqualifications()));
		audit.record(community.slug(), "case.updated", "case " + id, String.join(", ", details.fieldsChangedIn(current)));
		return saved;
	}

	/**
	 * Records the forum's decision. A case is decided once: a second decision is refused, and after
	 * the minutes are approved only a correction may change it.
	 */
	@Transactional
	public Case decide(Community community, long id, String decision, int version) {
		Case current = kept(community, id);
		ForumKeepers.requireOpen(meetings.get(community, current.meetingId()));
		if (current.isDecided()) {
			throw new ConflictException("case.alreadyDecided", "case " + id + " is decided");
		}
		if (current.type() != CaseType.DECISION) {
			throw new ConflictException("case.notDecisionCase", "case " + id + " is " + current.type());
		}
		if (decision == null || decision.isBlank()) {
			throw new InvalidInputException("decision", "validation.required");
		}
		IdentityNumbers.refuseIn("decision", decision);
		Case saved = cases.save(current.decided(decision.strip(), clock.instant(), version));
		String number = caseNumber(community, saved);
		audit.record(community.slug(), "case.decided", "case " + id, number);
		events.publishEvent(new DecisionRecorded(community.id(), saved.meetingId(), id, number));
		return saved;
	}

	/** Records that a participant is disqualified (ugild) for the case, or clears it with a null reason. */
	@Transactional
	public Case disqualify(Community community, long id, long personId, String reason) {
		Case current = kept(community, id);
		Meeting meeting = meetings.get(community, current.meetingId());
		ForumKeepers.requireOpen(meeting);
		if (meeting.participant(personId).isEmpty()) {
			throw new InvalidInputException("personId", "case.disqualified.notParticipant");
		}
		IdentityNumbers.refuseIn("reason", reason);
		var rest = new HashSet<Disqualification>();
		current.disqualifications().stream().filter(d -> d.personId() != personId).forEach(rest::add);
		if (reason != null) {
			rest.add(new Disqualification(personId, reason.strip()));
		}
		Case saved = cases.save(current.withDisqualifications(rest));
		audit.record(community.slug(), reason == null ? "case.disqualification.cleared" : "case.disqualified",
				"case " + id, "person " + personId);
		return saved;
	}

	/** The case, to be changed by a keeper of its forum (its secretary or a coordinator); a 403 to anyone else. */
	Case kept(Community community, long id) {
		Case item = stored(community, id);
		access.requireKeeperOfForum(community.slug(), item.forumId());
		return item;
	}

	Case stored(Community community, long id) {
		return cases.findByIdAndCommunityId(id, community.id()).orElseThrow(() -> new NotFoundException("case", id));
	}

	private Case visible(Community community, Case item, Meeting meeting) {
		return access.isMemberOf(community.slug()) ? item : item.forThePublic(meeting.isLocked());
	}

	private int nextNumber(long forumId, int year) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from meeting_case where forum_id = :forum and year = :year")
			.param("forum", forumId).param("year", year)
			.query(Integer.class).single();
	}

	private void check(Community community, SaveCase d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.title() == null || d.title().isBlank()) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		if (d.type() == null) {
			problems.add(new FieldProblem("type", "validation.required"));
		}
		if (d.exempt() && Text.isBlank(d.exemptionBasis())) {
			problems.add(new FieldProblem("exemptionBasis", "case.exemptionBasis.required"));
		}
		if (d.matterId() != null && !matters.exists(community, d.matterId())) {
			problems.add(new FieldProblem("matterId", "validation.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static InvalidInputException numberTaken(int number, int year) {
		return new InvalidInputException("number", "case.number.taken", number + "/" + year);
	}

	private static String publicTitle(SaveCase d) {
		return Objects.requireNonNullElse(Text.strippedOrNull(d.publicTitle()), d.title().strip());
	}

	private static String exemptionBasis(SaveCase d) {
		return d.exempt() ? Text.strippedOrNull(d.exemptionBasis()) : null;
	}

}
