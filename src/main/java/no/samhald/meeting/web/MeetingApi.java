package no.samhald.meeting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.meeting.Case;
import no.samhald.meeting.Cases;
import no.samhald.meeting.DecisionHit;
import no.samhald.meeting.Decisions;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.platform.Access;
import no.samhald.platform.InvalidInputException;

/**
 * Meetings, cases and the decision log as JSON under {@code /api/v1/communities/{community}}.
 * The public gets public meetings only, public titles, and decisions once the minutes are approved;
 * participants and attendance are for members of the community.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}")
record MeetingApi(Meetings meetings, Cases cases, Decisions decisions, Access access) {

	private static final int MAX_PAGE_SIZE = 500;

	@GetMapping("/meetings")
	@Operation(summary = "The meetings the caller may see, latest first",
			description = "Every meeting unless page or size is given (ten years of a forum are hundreds). With size, "
					+ "page 1 (the default) is the latest size meetings; a page past the end is an empty list. "
					+ "400 (problem+json) for a page below 1 or a size outside 1–" + MAX_PAGE_SIZE + ".")
	List<MeetingJson> meetings(Community community,
			@Parameter(description = "Page number, from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "Meetings per page, 1–" + MAX_PAGE_SIZE + "; 50 when only page is given")
			@RequestParam(required = false) Integer size) {
		Map<Long, Forum> forums = meetings.forumsById(community);
		List<Meeting> visible = page == null && size == null ? every(community)
				: pageOf(community, page == null ? 1 : page, size == null ? Pagination.DEFAULT_SIZE : size);
		return visible.stream().map(m -> meeting(community, m, forums, null)).toList();
	}

	/** Participants are shown to members only, so for anyone else they are not loaded. */
	private List<Meeting> every(Community community) {
		return access.isMemberOf(community.slug()) ? meetings.visible(community)
				: meetings.visibleWithoutParticipants(community);
	}

	/** Strict, unlike the page for people: a program that asks for page 0 has a fault to be told of. */
	private List<Meeting> pageOf(Community community, int page, int size) {
		if (page < 1) {
			throw new InvalidInputException("page", "Min", "page", 1);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", size < 1 ? "Min" : "Max", "size", size < 1 ? 1 : MAX_PAGE_SIZE);
		}
		long from = (long) (page - 1) * size;
		return from > Integer.MAX_VALUE ? List.of() : meetings.visiblePage(community, null, (int) from, size);
	}

	@GetMapping("/meetings/{id}")
	MeetingJson meeting(Community community, @PathVariable long id) {
		Map<Long, Forum> forums = meetings.forumsById(community);
		Meeting meeting = meetings.get(community, id);
		var agenda = cases.agenda(community, id).stream().map(c -> CaseJson.of(c, forums)).toList();
		return meeting(community, meeting, forums, agenda);
	}

	@GetMapping("/cases")
	List<CaseJson> cases(Community community) {
		Map<Long, Forum> forums = meetings.forumsById(community);
		return cases.visible(community).stream().map(c -> CaseJson.of(c, forums)).toList();
	}

	@GetMapping("/decisions")
	List<DecisionHit> decisions(Community community, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long forum, @RequestParam(required = false) Integer year) {
		return decisions.search(community, q, forum, year);
	}

	private MeetingJson meeting(Community community, Meeting m, Map<Long, Forum> forums, List<CaseJson> agenda) {
		boolean member = access.isMemberOf(community.slug());
		Forum forum = forums.get(m.forumId());
		var participants = member ? m.participants().stream()
			.map(p -> new ParticipantJson(p.personId(), p.role() == null ? null : p.role().name(),
					p.attendance() == null ? null : p.attendance().name(), p.substituteName(), p.mustApprove(),
					p.approvedAt()))
			.toList() : null;
		return new MeetingJson(m.id(), m.forumId(), forum.label(), m.title(), m.startsAt(), m.endsAt(), m.place(),
				m.videoLink(), m.status().name(), m.publicMeeting(), m.isLocked() || member ? m.minutesNotes() : null,
				m.minutesApprovedAt(), participants, agenda);
	}

	record MeetingJson(long id, long forumId, String forum, String title, LocalDateTime startsAt, LocalDateTime endsAt,
			String place, String videoLink, String status, boolean publicMeeting, String minutesNotes,
			Instant minutesApprovedAt, List<ParticipantJson> participants, List<CaseJson> agenda) {
	}

	record ParticipantJson(long personId, String role, String attendance, String substituteName, boolean mustApprove,
			Instant approvedAt) {
	}

	record CaseJson(long id, long meetingId, long forumId, String caseNumber, int year, int number, String title,
			String publicTitle, String type, boolean exempt, String exemptionBasis, String background, String proposal,
			String decision, Instant decidedAt, Long matterId, int version) {

		static CaseJson of(Case c, Map<Long, Forum> forums) {
			Forum forum = forums.get(c.forumId());
			return new CaseJson(c.id(), c.meetingId(), c.forumId(), forum.label() + " " + c.numberInYear(), c.year(),
					c.number(), c.title(), c.publicTitle(), c.type().name(), c.exempt(), c.exemptionBasis(),
					c.background(), c.proposal(), c.decision(), c.decidedAt(), c.matterId(), c.version());
		}

	}

}
