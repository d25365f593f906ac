package no.samhald.meeting.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.samhald.community.Community;
import no.samhald.meeting.Cases;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingCancellations;
import no.samhald.meeting.Meetings;
import no.samhald.meeting.MinutesCorrections;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;

/** What the meeting, notice and minutes pages (and their PDF and DOCX) all show. */
@Component
record MeetingPages(Meetings meetings, Cases cases, People people, MinutesCorrections corrections,
		MeetingCancellations cancellations) {

	Meeting addTo(Model model, Community community, long id) {
		Meeting meeting = meetings.get(community, id);
		model.addAttribute("meeting", meeting);
		var forums = meetings.forumsById(community);
		model.addAttribute("forums", forums);
		model.addAttribute("forum", forums.get(meeting.forumId()));
		model.addAttribute("agenda", cases.agenda(community, meeting));
		model.addAttribute("people", participantsById(community, meeting, model));
		model.addAttribute("corrections", corrections.of(community, meeting));
		model.addAttribute("cancellation", cancellations.of(meeting).orElse(null));
		return meeting;
	}

	/**
	 * The persons the page names: the participants (and those of an attendance form sent back with
	 * an error), not the community's hundreds of persons (#11).
	 */
	private Map<Long, Person> participantsById(Community community, Meeting meeting, Model model) {
		var ids = new HashSet<Long>();
		meeting.participants().forEach(p -> ids.add(p.personId()));
		if (model.getAttribute("attendance") instanceof AttendanceForm sent) {
			sent.rows.stream().map(row -> row.personId).filter(Objects::nonNull).forEach(ids::add);
		}
		return people.withIds(community.id(), ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	Map<Long, Person> peopleById(Community community) {
		return people.all(community.id()).stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

}
