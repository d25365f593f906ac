package no.samhald.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/**
 * The events of a community and registration for them: a registration confirmed by its address
 * takes a seat while there is room, a place on the waiting list after that, and the first in the
 * queue moves up when someone cancels.
 */
@Service
public class Events {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationMail mail;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Access access;

	private final UnconfirmedRegistrations unconfirmed;

	private final Clock clock;

	Events(EventRepository events, RegistrationRepository registrations, RegistrationMail mail, JdbcClient jdbc,
			AuditLog audit, Access access, UnconfirmedRegistrations unconfirmed, Clock clock) {
		this.access = access;
		this.unconfirmed = unconfirmed;
		this.events = events;
		this.registrations = registrations;
		this.mail = mail;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Event> all(long communityId) {
		return events.findByCommunityIdOrderByStartsAtDesc(communityId);
	}

	public Event get(long communityId, long id) {
		return events.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("event", id));
	}

	/** Registrations of an event, the cancelled ones too, in the order they came. */
	public List<Registration> registrations(long communityId, long eventId) {
		get(communityId, eventId);
		return registrations.findByEventIdOrderByRegisteredAt(eventId);
	}

	/** Whether a registration now would go on the waiting list. */
	public boolean isFull(Event event) {
		return event.capacity() != null && seatsTaken(event.id()) >= event.capacity();
	}

	/** For the coordinators only: shown to anyone, it tells a repeated registration from a new one. */
	public long seatsTaken(long eventId) {
		return registrations.findByEventIdOrderByRegisteredAt(eventId).stream()
			.filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
	}

	@Transactional
	public Event create(Community community, SaveEvent event) {
		access.requireCoordinator(community.slug());
		check(event);
		Event saved = events.save(toEvent(null, community.id(), event, 0));
		audit.record(community.slug(), "event.created", "event " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code event.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Event update(Community community, long id, SaveEvent event) {
		access.requireCoordinator(community.slug());
		Event current = get(community.id(), id);
		check(event);
		Event saved = events.save(toEvent(id, community.id(), event, event.version()));
		audit.record(community.slug(), "event.updated", "event " + id, String.join(", ", event.fieldsChangedIn(current)));
		return saved;
	}

	/**
	 * Takes a registration, which holds no seat until its address is confirmed (the link in the
	 * mail, {@link #confirm}). The answer is "confirm by mail" for everyone: an address that is
	 * already registered (or waits for its confirmation) gets the same answer, its owner a mail,
	 * and nothing is saved. Since an unconfirmed registration takes no seat, neither the answer nor
	 * whether the event is full tells anyone who is registered; only the owner of the address can
	 * make a registration take a seat.
	 */
	@Transactional
	public Registration register(Community community, long eventId, Register d, Locale locale) {
		Event event = get(community.id(), eventId);
		lock(eventId);
		if (!event.isOpenOn(LocalDate.now(clock))) {
			throw new InvalidInputException(null, "event.registration.closed");
		}
		String email = d.email().strip();
		var registration = new Registration(null, eventId, d.name().strip(), email,
				Objects.requireNonNullElse(d.organisation(), "").strip(), Objects.requireNonNullElse(d.needs(), "").strip(),
				locale.getLanguage(), RegistrationStatus.PENDING, UUID.randomUUID().toString(), Instant.now(clock), 0);
		var existing = registrations.findByEventIdOrderByRegisteredAt(eventId).stream()
			.filter(r -> r.status() != RegistrationStatus.CANCELLED && r.email().equalsIgnoreCase(email))
			.findFirst();
		if (existing.isPresent() && unconfirmed.isExpired(existing.get(), Instant.now(clock))) {
			// Its link works no more; the job would delete it anyway, and the address may register anew.
			registrations.delete(existing.get());
			existing = Optional.empty();
		}
		if (existing.isPresent()) {
			tellTheOwner(community, event, existing.get());
			// Unsaved: its token confirms and cancels nothing, and nothing of the existing registration leaves.
			return registration;
		}
		Registration saved = registrations.save(registration);
		mail.askToConfirm(community.slug(), event, saved);
		// Who registered is personal data: the audit names the registration, never the name or address.
		audit.record(community.slug(), "event.registered", "event " + eventId, "registration " + saved.id() + " pending");
		return saved;
	}

	/**
	 * A repeat: the owner of a confirmed registration is told, of an unconfirmed one asked again. The
	 * link sent again works for the whole time from now: counted from the first registration, a link
	 * sent again at hour 71 would die an hour later.
	 */
	private void tellTheOwner(Community community, Event event, Registration existing) {
		if (existing.status() == RegistrationStatus.PENDING) {
			mail.askToConfirm(community.slug(), event, registrations.save(existing.askedAgainAt(Instant.now(clock))));
		}
		else {
			mail.alreadyRegistered(community.slug(), event, existing);
		}
		audit.record(community.slug(), "event.registration.repeated", "event " + event.id(),
				"registration " + existing.id());
	}

	/**
	 * The owner of the address confirms by the link in the mail: now the registration takes a seat,
	 * or a place on the waiting list when the event is full, and the mail says which. The event
	 * row is locked so that two people cannot take the last seat at once. Confirming again changes
	 * nothing.
	 */
	@Transactional
	public Registration confirm(Community community, String token) {
		Registration registration = byToken(community.id(), token);
		Event event = get(community.id(), registration.eventId());
		lock(event.id());
		Registration current = registrations.findById(registration.id()).orElseThrow();
		if (current.status() != RegistrationStatus.PENDING) {
			return current;
		}
		RegistrationStatus status = isFull(event) ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;
		Registration confirmed = registrations.save(current.withStatus(status));
		mail.confirm(community.slug(), event, confirmed);
		audit.record(community.slug(), "event.registration.confirmed", "event " + event.id(),
				"registration " + confirmed.id() + " " + status.name().toLowerCase(Locale.ROOT));
		return confirmed;
	}

	private void lock(long eventId) {
		jdbc.sql("select id from event where id = :id for update").param("id", eventId).query(Long.class).single();
	}

	/** The registration of a link, or a {@link NotFoundException}: see {@link #findByToken}. */
	public Registration byToken(long communityId, String token) {
		return findByToken(communityId, token).orElseThrow(() -> new NotFoundException("registration", "token"));
	}

	/**
	 * The registration of a link of the community, unless it is unknown or was left unconfirmed
	 * too long: such a link is dead before the hourly job deletes its registration, so the two
	 * look alike.
	 */
	public Optional<Registration> findByToken(long communityId, String token) {
		return registrations.findByToken(token)
			.filter(r -> !unconfirmed.isExpired(r, Instant.now(clock)))
			.filter(r -> events.findByIdAndCommunityId(r.eventId(), communityId).isPresent());
	}

	/** How many hours a confirmation link works before its unconfirmed registration is deleted. */
	public long hoursAConfirmationLinkWorks() {
		return unconfirmed.hoursKept();
	}

	/** Cancels the registration of the link; if it held a seat, the first on the waiting list gets it. */
	@Transactional
	public void cancel(Community community, String token) {
		Registration registration = byToken(community.id(), token);
		Event event = get(community.id(), registration.eventId());
		lock(event.id());
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return;
		}
		registrations.save(registration.withStatus(RegistrationStatus.CANCELLED));
		audit.record(community.slug(), "event.registration.cancelled", "event " + event.id(),
				"registration " + registration.id());
		if (registration.status() == RegistrationStatus.REGISTERED) {
			registrations.findByEventIdOrderByRegisteredAt(event.id()).stream()
				.filter(r -> r.status() == RegistrationStatus.WAITLISTED)
				.findFirst()
				.ifPresent(next -> {
					mail.promoted(community.slug(), event, registrations.save(next.withStatus(RegistrationStatus.REGISTERED)));
					audit.record(community.slug(), "event.registration.promoted", "event " + event.id(),
							"registration " + next.id());
				});
		}
	}

	private static void check(SaveEvent d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.startsAt() != null && d.endsAt() != null && d.endsAt().isBefore(d.startsAt())) {
			problems.add(new FieldProblem("endsAt", "event.endsAt.beforeStart"));
		}
		if (d.startsAt() != null && d.registrationDeadline() != null
				&& d.registrationDeadline().isAfter(d.startsAt().toLocalDate())) {
			problems.add(new FieldProblem("registrationDeadline", "event.deadline.afterStart"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static Event toEvent(Long id, long communityId, SaveEvent d, int version) {
		return new Event(id, communityId, d.kind(), d.title().strip(),
				Objects.requireNonNullElse(d.description(), "").strip(), d.startsAt(), d.endsAt(),
				Objects.requireNonNullElse(d.place(), "").strip(), d.capacity(), d.registrationDeadline(), version);
	}

}
