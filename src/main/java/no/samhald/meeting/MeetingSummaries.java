package no.samhald.meeting;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.partnership.Forums;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;

/**
 * Meetings as the system reads them to tell participants, with no signed-in person (a listener
 * or a scheduled job): never shown on a page, so no visibility check here.
 */
@Component
public class MeetingSummaries {

	private final MeetingRepository meetings;

	private final CaseReads cases;

	private final Forums forums;

	private final People people;

	MeetingSummaries(MeetingRepository meetings, CaseReads cases, Forums forums, People people) {
		this.meetings = meetings;
		this.cases = cases;
		this.forums = forums;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public Optional<MeetingSummary> find(long communityId, long meetingId) {
		return meetings.findByIdAndCommunityId(meetingId, communityId).map(this::summary);
	}

	private MeetingSummary summary(Meeting m) {
		Map<Long, Person> persons = people.all(m.communityId()).stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		var agenda = cases.ofMeeting(m.id()).stream()
			.map(c -> c.numberInYear() + " " + c.publicTitle())
			.toList();
		var invitees = m.participants().stream()
			.filter(p -> persons.containsKey(p.personId()))
			.map(p -> new MeetingSummary.Invitee(p.personId(), persons.get(p.personId()).name(),
					persons.get(p.personId()).email(), p.mustApprove(), p.hasApproved()))
			.toList();
		return new MeetingSummary(m.id(), m.communityId(), forums.get(m.communityId(), m.forumId()).name(), m.title(),
				m.startsAt(), m.endsAt(), m.place(), m.videoLink(), m.status(), agenda, invitees);
	}

}
