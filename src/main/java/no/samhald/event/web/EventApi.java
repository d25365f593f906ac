package no.samhald.event.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.event.Attendances;
import no.samhald.event.Event;
import no.samhald.event.Events;
import no.samhald.platform.Access;

/**
 * Events as JSON; who registered is not public, nor the number of seats taken (only whether the
 * event is full), since that number before and after a registration tells whether the address
 * was registered already.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/events")
record EventApi(Events events, Attendances attendances, Access access) {

	@GetMapping
	List<EventJson> all(Community community) {
		Map<Long, Long> attended = attendances.totals(community.id());
		return events.all(community.id()).stream().map(e -> json(community, e, attended.get(e.id()))).toList();
	}

	@GetMapping("/{id}")
	EventJson one(Community community, @PathVariable long id) {
		return json(community, events.get(community.id(), id), attendances.totals(community.id()).get(id));
	}

	private EventJson json(Community community, Event event, Long attended) {
		Long seatsTaken = access.canCoordinate(community.slug()) ? events.seatsTaken(event.id()) : null;
		return new EventJson(event.id(), event.kind().name(), event.title(), event.description(), event.startsAt(),
				event.endsAt(), event.place(), event.capacity(), events.isFull(event), seatsTaken,
				event.registrationDeadline(), attended);
	}

	/**
	 * {@code seatsTaken} is given to the community's coordinators only; {@code attended} (registered
	 * who came plus walk-ins) is public like the annual report's count, and null until recorded.
	 */
	record EventJson(long id, String kind, String title, String description, LocalDateTime startsAt,
			LocalDateTime endsAt, String place, Integer capacity, boolean full, Long seatsTaken,
			LocalDate registrationDeadline, Long attended) {
	}

}
