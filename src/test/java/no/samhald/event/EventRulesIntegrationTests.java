package no.samhald.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of events: seats up to the capacity, then the waiting list in the order people came;
 * registration open to the end of the deadline day; cancelling a seat gives it to the first who
 * waits; only the community's coordinator announces and changes events, over the version they saw.
 * (Mail goes to no server here; Mail logs the failure and the rules do not depend on it.)
 */
@SamhaldTest
@WithUserDetails("koordinator")
class EventRulesIntegrationTests {

	private static final Locale NN = Locale.forLanguageTag("nn");

	@Autowired
	Events events;

	@Autowired
	Communities communities;

	@Autowired
	Clock clock;

	@Test
	void withoutACapacityEveryoneGetsASeat() {
		Event event = events.create(sogn(), event(null, null));
		for (int i = 0; i < 5; i++) {
			assertThat(register(event, "Person " + i).status()).isEqualTo(RegistrationStatus.REGISTERED);
		}
		assertThat(events.seatsTaken(event.id())).isEqualTo(5);
	}

	@Test
	void beyondTheCapacityPeopleWaitAndCancellingASeatGivesItToTheFirstWhoWaits() {
		Event event = events.create(sogn(), event(2, null));
		Registration a = register(event, "A");
		register(event, "B");
		Registration c = register(event, "C");
		Registration d = register(event, "D");
		assertThat(c.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(d.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(events.seatsTaken(event.id())).isEqualTo(2);

		events.cancel(sogn(), a.token());

		assertThat(statusOf(event, c)).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(statusOf(event, d)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(events.seatsTaken(event.id())).isEqualTo(2);
	}

	@Test
	void cancellingAPlaceInTheQueueFreesNoSeatAndCancellingTwiceChangesNothing() {
		Event event = events.create(sogn(), event(1, null));
		register(event, "A");
		Registration waiting = register(event, "B");
		Registration last = register(event, "C");

		events.cancel(sogn(), waiting.token());
		events.cancel(sogn(), waiting.token());

		assertThat(statusOf(event, waiting)).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(statusOf(event, last)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(events.seatsTaken(event.id())).isEqualTo(1);
	}

	@Test
	void someoneWhoCancelledMayRegisterAgainAndQueuesBehindThoseAlreadyWaiting() {
		Event event = events.create(sogn(), event(1, null));
		Registration first = register(event, "A");
		register(event, "B");
		events.cancel(sogn(), first.token());

		Registration again = events.confirm(sogn(),
				events.register(sogn(), event.id(), new Register("A", emailOf("A", event), null, null), NN).token());

		assertThat(again.status()).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void registrationIsOpenOnTheDeadlineDayAndClosedAfterIt() {
		LocalDate today = LocalDate.now(clock);
		Event closesToday = events.create(sogn(), event(null, today));
		Event closedYesterday = events.create(sogn(), new SaveEvent(EventKind.NETWORK_GATHERING, "Samling " + UUID.randomUUID(),
				null, today.minusDays(1).atTime(9, 0), today.minusDays(1).atTime(15, 0), "Førde", null,
				today.minusDays(1), 0));

		assertThat(register(closesToday, "A").status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThatThrownBy(() -> register(closedYesterday, "B"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("event.registration.closed"));
		assertThat(events.registrations(sogn().id(), closedYesterday.id())).isEmpty();
	}

	@Test
	void theDeadlineCannotBeAfterTheDayTheEventStarts() {
		SaveEvent late = event(null, LocalDate.of(2030, 5, 2));
		assertThatThrownBy(() -> events.create(sogn(), late))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("event.deadline.afterStart"));
		assertThat(events.create(sogn(), event(null, LocalDate.of(2030, 5, 1))).registrationDeadline())
			.isEqualTo(LocalDate.of(2030, 5, 1));
	}

	@Test
	void aChangeOverAnOlderVersionIsRefusedAndTheOtherChangeStays() {
		Event event = events.create(sogn(), event(10, null));
		events.update(sogn(), event.id(), changed(event, 20));

		assertThatThrownBy(() -> events.update(sogn(), event.id(), changed(event, 30)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(events.get(sogn().id(), event.id()).capacity()).isEqualTo(20);
	}

	@Test
	void onlyTheCommunitysCoordinatorAnnouncesAndChangesEvents() {
		Event event = events.create(sogn(), event(10, null));

		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");
		assertThatThrownBy(() -> events.create(sogn(), event(10, null))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> events.update(sogn(), event.id(), changed(event, 99)))
			.isInstanceOf(AccessDeniedException.class);
		SignedIn.out();
		assertThatThrownBy(() -> events.create(sogn(), event(10, null))).isInstanceOf(AccessDeniedException.class);
		assertThat(events.get(sogn().id(), event.id()).capacity()).isEqualTo(10);
	}

	@Test
	void aCancellationLinkWorksOnlyInItsOwnCommunity() {
		Event event = events.create(sogn(), event(null, null));
		Registration registration = register(event, "A");
		Community vestfold = communities.bySlug("vestfold");

		assertThatThrownBy(() -> events.cancel(vestfold, registration.token())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> events.cancel(sogn(), "no-such-token")).isInstanceOf(NotFoundException.class);
		assertThat(statusOf(event, registration)).isEqualTo(RegistrationStatus.REGISTERED);
	}

	/** Registers and confirms, as the owner of the address does with the link in the mail. */
	private Registration register(Event event, String name) {
		Registration pending = events.register(sogn(), event.id(), new Register(name, emailOf(name, event), null, null), NN);
		return events.confirm(sogn(), pending.token());
	}

	private static String emailOf(String name, Event event) {
		return name.replace(' ', '.').toLowerCase() + "." + event.id() + "@example.org";
	}

	private RegistrationStatus statusOf(Event event, Registration registration) {
		return events.registrations(sogn().id(), event.id()).stream()
			.filter(r -> r.id().equals(registration.id())).findFirst().orElseThrow().status();
	}

	private static SaveEvent event(Integer capacity, LocalDate deadline) {
		return new SaveEvent(EventKind.CONFERENCE, "Konferanse " + UUID.randomUUID(), null,
				LocalDateTime.of(2030, 5, 1, 9, 0), LocalDateTime.of(2030, 5, 1, 15, 0), "Førde", capacity, deadline, 0);
	}

	private static SaveEvent changed(Event event, int capacity) {
		return new SaveEvent(event.kind(), event.title(), event.description(), event.startsAt(), event.endsAt(),
				event.place(), capacity, event.registrationDeadline(), event.version());
	}

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

}
