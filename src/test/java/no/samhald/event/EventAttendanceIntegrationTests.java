package no.samhald.event;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.report.AnnualReports;
import no.samhald.report.ReportDocument;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attendance: recorded by the coordinator once the event has started, over the version they saw;
 * the annual report counts who attended where that is recorded and who registered otherwise.
 */
@SamhaldTest
@WithUserDetails("koordinator")
class EventAttendanceIntegrationTests {

	private static final Locale NN = Locale.forLanguageTag("nn");

	@Autowired
	Events events;

	@Autowired
	Attendances attendances;

	@Autowired
	AnnualReports reports;

	@Autowired
	Communities communities;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@Test
	void theCoordinatorTicksOffWhoCameAndCountsTheWalkIns() {
		Event event = startedYesterday();
		Registration a = register(event, "A");
		register(event, "B");
		Registration c = register(event, "C");
		assertThat(attendances.of(sogn().id(), event.id()).isRecorded()).isFalse();
		assertThat(attendances.totals(sogn().id())).doesNotContainKey(event.id());

		attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(a.id(), c.id()), 5, 0));

		Attendance stored = attendances.of(sogn().id(), event.id());
		assertThat(stored.attended()).containsExactlyInAnyOrder(a.id(), c.id());
		assertThat(stored.walkIns()).isEqualTo(5);
		assertThat(stored.total()).isEqualTo(7);
		assertThat(attendances.totals(sogn().id())).containsEntry(event.id(), 7L);

		attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(a.id()), 2, stored.version()));
		assertThat(attendances.totals(sogn().id())).containsEntry(event.id(), 3L);
	}

	@Test
	void aSecondListOverAnOlderVersionIsRefusedAndTheFirstStays() {
		Event event = startedYesterday();
		Registration a = register(event, "A");
		Registration b = register(event, "B");
		attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(a.id()), 1, 0));

		// the other coordinator opened the empty list before the first one saved
		assertThatThrownBy(() -> attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(b.id()), 9, 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Attendance stored = attendances.of(sogn().id(), event.id());
		attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(a.id(), b.id()), 1, stored.version()));
		assertThatThrownBy(() -> attendances.record(sogn(), event.id(),
				new RecordAttendance(Set.of(), 0, stored.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(attendances.of(sogn().id(), event.id()).attended()).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(new RecordAttendance(Set.of(), 0, 0).fieldsChangedIn(attendances.of(sogn().id(), event.id())))
			.containsExactly("attended", "walkIns");
	}

	@Test
	void attendanceWaitsForTheStartAndTakesOnlyTheEventsOwnRegistrations() {
		Event coming = events.create(sogn(), event(LocalDateTime.of(2030, 5, 1, 9, 0)));
		assertThatThrownBy(() -> attendances.record(sogn(), coming.id(), new RecordAttendance(Set.of(), 3, 0)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("event.attendance.notStarted"));

		Event event = startedYesterday();
		Registration elsewhere = register(coming, "Elsewhere");
		assertThatThrownBy(() -> attendances.record(sogn(), event.id(),
				new RecordAttendance(Set.of(elsewhere.id()), 0, 0)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("event.attendance.unknown"));
		assertThat(attendances.of(sogn().id(), event.id()).isRecorded()).isFalse();
	}

	@Test
	void onlyTheCommunitysCoordinatorRecordsAttendance() {
		Event event = startedYesterday();
		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");
		assertThatThrownBy(() -> attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(), 3, 0)))
			.isInstanceOf(AccessDeniedException.class);
		SignedIn.out();
		assertThatThrownBy(() -> attendances.record(sogn(), event.id(), new RecordAttendance(Set.of(), 3, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(attendances.of(sogn().id(), event.id()).isRecorded()).isFalse();
	}

	@Test
	void theAnnualReportCountsWhoAttendedWhereRecordedAndWhoRegisteredOtherwise() {
		assertThat(participantRow(2026, "Samhandlingskonferansen 2026")).containsExactly("170", "møtte");
		assertThat(participantRow(2025, "Nettverkssamling for strategisk og administrativ leiing"))
			.containsExactly("120", "møtte");

		Event unrecorded = events.create(sogn(), event(LocalDateTime.of(2031, 3, 1, 9, 0)));
		register(unrecorded, "A");
		register(unrecorded, "B");
		assertThat(participantRow(2031, unrecorded.title())).containsExactly("2", "påmelde");
	}

	@Test
	void theApiGivesTheAttendedTotalOnceRecorded() throws Exception {
		Event recorded = demoEvent("Samhandlingskonferansen 2026");
		Event coming = demoEvent("Samhandlingskonferansen 2027");
		assertThat(get("/api/v1/communities/sogn-og-fjordane/events/" + recorded.id())).contains("\"attended\":170");
		assertThat(get("/api/v1/communities/sogn-og-fjordane/events/" + coming.id()))
			.doesNotContainPattern("\"attended\":\\d");
		assertThat(get("/api/v1/communities/sogn-og-fjordane/events")).contains("\"attended\":120");
	}

	private Event demoEvent(String title) {
		return events.all(sogn().id()).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The participants and what they were counted as, in the events table of the year's report. */
	private List<String> participantRow(int year, String title) {
		ReportDocument report = reports.annualReport(sogn(), year, NN);
		Table table = (Table) report.sections().stream().filter(s -> s.id().equals("events")).findFirst()
			.orElseThrow().blocks().get(0);
		List<Cell> row = table.rows().stream().filter(r -> r.get(0).text().equals(title)).findFirst().orElseThrow();
		return List.of(row.get(3).text(), row.get(4).text());
	}

	private Event startedYesterday() {
		return events.create(sogn(), event(LocalDateTime.now(clock).minusDays(1)));
	}

	/** Registers and confirms, as the owner of the address does with the link in the mail. */
	private Registration register(Event event, String name) {
		return events.confirm(sogn(), events.register(sogn(), event.id(),
				new Register(name, name.toLowerCase() + "." + event.id() + "@example.org", null, null), NN).token());
	}

	private static SaveEvent event(LocalDateTime startsAt) {
		return new SaveEvent(EventKind.NETWORK_GATHERING, "Samling " + UUID.randomUUID(), null, startsAt,
				startsAt.plusHours(6), "Førde", null, null, 0);
	}

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

}
