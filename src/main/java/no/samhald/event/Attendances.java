package no.samhald.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;

/**
 * Who attended an event, recorded by a coordinator once it has started. The names are the
 * coordinators'; the totals are public (the annual report counts them).
 */
@Service
public class Attendances {

	private final Events events;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Access access;

	private final Clock clock;

	Attendances(Events events, JdbcClient jdbc, AuditLog audit, Access access, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
		this.clock = clock;
	}

	/** The stored attendance, or an empty one (version 0) when nothing is recorded. */
	public Attendance of(long communityId, long eventId) {
		events.get(communityId, eventId);
		return jdbc.sql("select walk_ins, recorded_at, version from event_attendance where event_id = :e")
			.param("e", eventId)
			.query((rs, n) -> new Attendance(eventId, attendedIds(eventId), rs.getInt(1),
					rs.getTimestamp(2).toInstant(), rs.getInt(3)))
			.optional()
			.orElse(Attendance.none(eventId));
	}

	/** Whether attendance can be recorded: from the moment the event starts. */
	public boolean hasStarted(Event event) {
		return !event.startsAt().isAfter(LocalDateTime.now(clock));
	}

	/**
	 * Stores the attendance unless someone else stored one since {@code d.version()} (then
	 * OptimisticLockingFailureException, and nothing changes). Only registrations of the event
	 * that were not cancelled can be ticked off.
	 */
	@Transactional
	public Attendance record(Community community, long eventId, RecordAttendance d) {
		access.requireCoordinator(community.slug());
		Event event = events.get(community.id(), eventId);
		if (!hasStarted(event)) {
			throw new InvalidInputException(null, "event.attendance.notStarted");
		}
		if (d.walkIns() < 0) {
			throw new InvalidInputException("walkIns", "event.attendance.walkIns.negative");
		}
		Set<Long> tickable = events.registrations(community.id(), eventId).stream()
			.filter(r -> r.status() != RegistrationStatus.CANCELLED)
			.map(Registration::id)
			.collect(Collectors.toSet());
		if (!tickable.containsAll(d.attended())) {
			throw new InvalidInputException("attended", "event.attendance.unknown");
		}
		Timestamp now = Timestamp.from(Instant.now(clock));
		int stored = d.version() == 0
				? jdbc.sql("""
						insert into event_attendance (event_id, walk_ins, recorded_at, version)
						values (:e, :w, :t, 1) on conflict (event_id) do nothing""")
					.param("e", eventId).param("w", d.walkIns()).param("t", now).update()
				: jdbc.sql("""
						update event_attendance set walk_ins = :w, recorded_at = :t, version = version + 1
						where event_id = :e and version = :v""")
					.param("e", eventId).param("w", d.walkIns()).param("t", now).param("v", d.version()).update();
		if (stored == 0) {
			throw new OptimisticLockingFailureException("attendance of event " + eventId + " saved by someone else");
		}
		jdbc.sql("delete from event_attendee where event_id = :e").param("e", eventId).update();
		for (Long registrationId : d.attended()) {
			jdbc.sql("insert into event_attendee (registration_id, event_id) values (:r, :e)")
				.param("r", registrationId).param("e", eventId).update();
		}
		// the audit counts, never names who came
		audit.record(community.slug(), "event.attendance.recorded", "event " + eventId,
				d.attended().size() + " registered, " + d.walkIns() + " walk-ins");
		return of(community.id(), eventId);
	}

	/** The attended total of each event of the community whose attendance is recorded. */
	public Map<Long, Long> totals(long communityId) {
		return jdbc.sql("""
				select a.event_id, a.walk_ins + (select count(*) from event_attendee t where t.event_id = a.event_id)
				from event_attendance a join event e on e.id = a.event_id where e.community_id = :c""")
			.param("c", communityId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The events starting in the year, oldest first, each with its count of participants. */
	public List<Participation> participation(long communityId, int year) {
		Map<Long, Long> attended = totals(communityId);
		return events.all(communityId).stream()
			.filter(e -> e.startsAt().getYear() == year)
			.sorted(Comparator.comparing(Event::startsAt))
			.map(e -> attended.containsKey(e.id()) ? new Participation(e, attended.get(e.id()), true)
					: new Participation(e, events.seatsTaken(e.id()), false))
			.toList();
	}

	private Set<Long> attendedIds(long eventId) {
		return new HashSet<>(jdbc.sql("select registration_id from event_attendee where event_id = :e")
			.param("e", eventId).query(Long.class).list());
	}

}
