package no.samhald.event.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.event.Event;
import no.samhald.event.Events;

/** Events as JSON; who registered is not public. */
@RestController
@RequestMapping("/api/v1/communities/{community}/events")
class EventApi {

	private final Events events;

	EventApi(Events events) {
		this.events = events;
	}

	@GetMapping
	List<EventJson> all(Community community) {
		return events.all(community.id()).stream().map(e -> EventJson.of(e, events.seatsTaken(e.id()))).toList();
	}

	@GetMapping("/{id}")
	EventJson one(Community community, @PathVariable long id) {
		Event event = events.get(community.id(), id);
		return EventJson.of(event, events.seatsTaken(id));
	}

	record EventJson(long id, String kind, String title, String description, LocalDateTime startsAt,
			LocalDateTime endsAt, String place, Integer capacity, long seatsTaken, LocalDate registrationDeadline) {
		static EventJson of(Event e, long seatsTaken) {
			return new EventJson(e.id(), e.kind().name(), e.title(), e.description(), e.startsAt(), e.endsAt(), e.place(),
					e.capacity(), seatsTaken, e.registrationDeadline());
		}
	}

}
