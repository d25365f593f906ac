package no.samhald.meeting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import no.samhald.SamhaldTest;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;
import no.samhald.platform.ConflictException;

import static no.samhald.meeting.MeetingFixtures.caseTitled;
import static no.samhald.meeting.MeetingFixtures.signInAsCoordinator;
import static no.samhald.meeting.MeetingFixtures.signOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cancelled meeting stays, shown as cancelled, takes no more changes and leaves the upcoming lists. */
@SamhaldTest
@RecordApplicationEvents
class MeetingCancellationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingCancellations cancellations;

	@Autowired
	Cases cases;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	Community community;

	Forum forum;

	@BeforeEach
	void coordinatorWithAForumOfTheirOwn() {
		signInAsCoordinator();
		community = fixtures.sogn();
		forum = fixtures.forumWithMembers();
	}

	@AfterEach
	void signedOut() {
		signOut();
	}

	@Test
	void aCancelledMeetingKeepsItsReasonAndTakesNoMoreChanges() {
		Meeting meeting = fixtures.plan(forum, LocalDate.now(clock).plusDays(7));

		Meeting cancelled = cancellations.cancel(community, meeting.id(), "  Leiaren er sjuk.  ", meeting.version());

		assertThat(meetings.get(community, meeting.id()).status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(cancellations.of(cancelled)).hasValueSatisfying(c -> {
			assertThat(c.reason()).isEqualTo("Leiaren er sjuk.");
			assertThat(c.cancelledBy()).isNotBlank();
		});
		assertThat(events.stream(MeetingNoticeChanged.class).filter(e -> e.meetingId() == meeting.id()))
			.as("no notice went out, so none is withdrawn").isEmpty();
		assertThatThrownBy(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.PLANNED))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> cases.add(community, meeting.id(), caseTitled("Sak", "Forslag")))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> cancellations.cancel(community, meeting.id(), "", cancelled.version()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aNoticedMeetingIsWithdrawnOnCancellationButOnlyFromTheVersionConfirmed() {
		Meeting meeting = fixtures.plan(forum, LocalDate.now(clock).plusDays(7));
		Meeting noticed = meetings.changeStatus(community, meeting.id(), MeetingStatus.NOTICE_SENT);

		assertThatThrownBy(() -> cancellations.cancel(community, meeting.id(), "", meeting.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		cancellations.cancel(community, meeting.id(), "", noticed.version());

		assertThat(events.stream(MeetingNoticeChanged.class).filter(e -> e.meetingId() == meeting.id()))
			.extracting(MeetingNoticeChanged::change)
			.containsExactly(MeetingNoticeChanged.Change.SENT, MeetingNoticeChanged.Change.WITHDRAWN);
	}

	@Test
	void aHeldMeetingCannotBeCancelledAndCancellingIsNotAStatusChange() {
		Meeting meeting = fixtures.plan(forum, LocalDate.now(clock).minusDays(1));
		assertThatThrownBy(() -> meetings.changeStatus(community, meeting.id(), MeetingStatus.CANCELLED))
			.isInstanceOf(ConflictException.class);
		Meeting held = meetings.changeStatus(community, meeting.id(), MeetingStatus.HELD);

		assertThatThrownBy(() -> cancellations.cancel(community, meeting.id(), "", held.version()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void theForumsFeedMarksTheMeetingCancelledAndTheCalendarNoLongerListsItAsUpcoming() throws Exception {
		Meeting meeting = fixtures.plan(forum, LocalDate.now(clock).plusDays(7));
		String page = "/sogn-og-fjordane/meetings/" + meeting.id();
		assertThat(get("/sogn-og-fjordane/calendar")).contains(page + "\"");

		cancellations.cancel(community, meeting.id(), "", meeting.version());

		String feed = get("/sogn-og-fjordane/calendar/forums/" + forum.id() + ".ics").replace("\r\n ", "");
		String event = feed.substring(feed.indexOf("UID:meeting-" + meeting.id() + "@"));
		assertThat(event.substring(0, event.indexOf("END:VEVENT"))).contains("STATUS:CANCELLED");
		assertThat(get("/sogn-og-fjordane/calendar")).doesNotContain(page + "\"");
		assertThat(get(page)).contains("id=\"cancelled-note\"");
	}

	private String get(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
