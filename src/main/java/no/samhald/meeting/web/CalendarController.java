package no.samhald.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.samhald.community.Community;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;

/** One calendar across all forums, and iCalendar feeds per forum and per person to subscribe to. */
@Controller
@RequestMapping("/{community}/calendar")
record CalendarController(Meetings meetings, Forums forums, People people, Clock clock) {

	private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	@GetMapping
	String calendar(Community community, @RequestParam(required = false) Long forum,
			@RequestParam(defaultValue = "upcoming") String period, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<Meeting> shown = meetings.visible(community).stream()
			.filter(m -> forum == null || m.forumId().equals(forum))
			.filter(m -> !"upcoming".equals(period) || (!m.startsAt().toLocalDate().isBefore(today) && !m.isCancelled()))
			.filter(m -> !"past".equals(period) || m.startsAt().toLocalDate().isBefore(today))
			.sorted(Comparator.comparing(Meeting::startsAt))
			.toList();
		model.addAttribute("meetings", shown);
		model.addAttribute("forums", meetings.forumsById(community));
		model.addAttribute("forumList", forums.all(community.id()));
		model.addAttribute("peopleList", people.all(community.id()));
		model.addAttribute("selectedForum", forum);
		model.addAttribute("period", period);
		return "meeting/calendar";
	}

	@GetMapping(value = "/forums/{forumId}.ics")
	ResponseEntity<String> forumFeed(Community community, @PathVariable long forumId) {
		Forum forum = forums.get(community.id(), forumId);
		List<Meeting> shown = meetings.visible(community).stream().filter(m -> m.forumId() == forumId).toList();
		return feed(community, forum.name(), shown);
	}

	@GetMapping(value = "/people/{personId}.ics")
	ResponseEntity<String> personFeed(Community community, @PathVariable long personId) {
		Person person = people.get(community.id(), personId);
		List<Meeting> shown = meetings.visible(community).stream()
			.filter(m -> m.participant(personId).isPresent()).toList();
		return feed(community, person.name(), shown);
	}

	/** A cancelled meeting stays in the feed as cancelled, so subscribed calendars drop or strike it. */
	private static String status(Meeting meeting) {
		return switch (meeting.status()) {
			case PLANNED -> "TENTATIVE";
			case CANCELLED -> "CANCELLED";
			default -> "CONFIRMED";
		};
	}

	private ResponseEntity<String> feed(Community community, String name, List<Meeting> shown) {
		Map<Long, Forum> byId = meetings.forumsById(community);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		var events = shown.stream().map(m -> {
			Forum forum = byId.get(m.forumId());
			String summary = forum.label() + (m.title().isBlank() ? "" : ": " + m.title());
			String location = m.place() + (m.videoLink() == null ? "" : (m.place().isBlank() ? "" : " / ") + m.videoLink());
			return new ICalendar.Event("meeting-" + m.id() + "@" + community.slug() + ".samhald.no", m.startsAt(),
					m.endsAt(), summary, location, forum.name(),
					base + "/" + community.slug() + "/meetings/" + m.id(), status(m));
		}).toList();
		String body = ICalendar.feed(community.shortName() + " – " + name, events, clock.instant());
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(body);
	}

}
