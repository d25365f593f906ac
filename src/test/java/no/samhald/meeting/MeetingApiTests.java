package no.samhald.meeting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.samhald.SamhaldTest;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;

import static no.samhald.meeting.MeetingFixtures.caseTitled;
import static no.samhald.meeting.MeetingFixtures.meetingOn;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API gives the public only public data, and members the rest. */
@SamhaldTest
class MeetingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Meetings meetings;

	@Autowired
	Cases cases;

	final JsonMapper json = new JsonMapper();

	Community community;

	Meeting open;

	Meeting closed;

	Case exempt;

	@BeforeEach
	void aPublicAndAClosedMeeting() {
		MeetingFixtures.signInAsCoordinator();
		try {
			community = fixtures.sogn();
			Forum forum = fixtures.forumWithMembers();
			open = fixtures.plan(forum, LocalDate.of(2025, 4, 8));
			closed = meetings.plan(community, MeetingFixtures.closedMeetingOn(forum, LocalDate.of(2025, 4, 22)));
			exempt = cases.add(community, open.id(),
					MeetingFixtures.exemptCase("Personalsak Ola Nordmann", "Personalsak", "Godkjent.", "Offl. § 25"));
			cases.decide(community, exempt.id(), "Godkjent.", exempt.version());
		}
		finally {
			MeetingFixtures.signOut();
		}
	}

	@Test
	void thePublicGetsPublicMeetingsWithoutParticipantsAndExemptCasesOnlyByPublicTitle() throws Exception {
		List<Map<String, Object>> all = list("/meetings", false);
		assertThat(all).extracting(m -> ((Number) m.get("id")).longValue()).contains(open.id()).doesNotContain(closed.id());
		Map<String, Object> one = object("/meetings/" + open.id(), false);
		assertThat(one.get("participants")).isNull();
		assertThat(one.get("startsAt")).isEqualTo("2025-04-08T09:00:00");
		@SuppressWarnings("unchecked")
		var agenda = (List<Map<String, Object>>) one.get("agenda");
		assertThat(agenda).singleElement().satisfies(c -> {
			assertThat(c.get("title")).isEqualTo("Personalsak");
			assertThat(c.get("decision")).isNull();
			assertThat(c.get("exemptionBasis")).isEqualTo("Offl. § 25");
			assertThat(c.get("caseNumber")).asString().endsWith(" 1/2025");
		});
		assertThat(status("/meetings/" + closed.id(), false)).isEqualTo(404);
		assertThat(list("/cases", false).toString()).doesNotContain("Ola Nordmann");
	}

	@Test
	void meetingsArePagedOnlyWhenAskedAndBadPagesAreRefused() throws Exception {
		List<Map<String, Object>> all = list("/meetings", true);
		assertThat(list("/meetings?size=2", true)).isEqualTo(all.subList(0, 2));
		assertThat(list("/meetings?page=2&size=2", true)).isEqualTo(all.subList(2, 4));
		assertThat(list("/meetings?page=100000&size=500", true)).isEmpty();
		assertThat(status("/meetings?page=0", true)).isEqualTo(400);
		assertThat(status("/meetings?size=501", true)).isEqualTo(400);
		assertThat(status("/meetings?page=two", true)).isEqualTo(400);
	}

	@Test
	void membersGetParticipantsClosedMeetingsAndFullTitles() throws Exception {
		assertThat(list("/meetings", true)).extracting(m -> ((Number) m.get("id")).longValue()).contains(closed.id());
		Map<String, Object> one = object("/meetings/" + open.id(), true);
		assertThat((List<?>) one.get("participants")).hasSize(3);
		assertThat(list("/cases", true).toString()).contains("Personalsak Ola Nordmann");
	}

	@Test
	void theDecisionLogSearchesInNorwegian() throws Exception {
		List<Map<String, Object>> hits = list("/decisions?q=rekrutteringa&year=2023", false);
		assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h).containsKeys("caseNumber", "decision", "meetingDate"));
	}

	@Test
	void thePublicGetsTheNoticeButNotMinutesThatAreNotApproved() throws Exception {
		String base = "http://localhost:" + port + "/sogn-og-fjordane/meetings/" + open.id();
		assertThat(get(base + "/notice.pdf", false).statusCode()).isEqualTo(200);
		assertThat(get(base + "/notice.docx", false).statusCode()).isEqualTo(200);
		assertThat(get(base + "/minutes.pdf", false).statusCode()).isEqualTo(404);
		assertThat(get(base + "/minutes.pdf", true).statusCode()).isEqualTo(200);
	}

	@Test
	void disqualifyingSomeoneWhoIsNotCalledComesBackWithTheMessageBesideTheField() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sogn-og-fjordane/cases/"
				+ exempt.id() + "/disqualifications"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "samhald-lang=nn")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("koordinator:samhald-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("personId=0&reason=Inhabil"))
			.build();
		HttpResponse<String> page = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"personId-error\"", "aria-describedby=\"personId-error\"",
				"value=\"Inhabil\"");
		MeetingFixtures.signInAsCoordinator();
		try {
			assertThat(cases.get(community, exempt.id()).disqualifications()).isEmpty();
		}
		finally {
			MeetingFixtures.signOut();
		}
	}

	@Test
	void aCoordinatorOfAnotherCommunityIsRefusedAndNothingIsSaved() throws Exception {
		int before = list("/meetings", true).size();
		String form = "forumId=" + open.forumId() + "&date=2025-05-05&startTime=10:00&endTime=12:00&place=Bergen";
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sogn-og-fjordane/meetings"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("vestfold:samhald-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();

		assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		assertThat(list("/meetings", true)).hasSize(before);
	}

	@Test
	void aPersonsCalendarFeedHoldsTheMeetingsTheyAreCalledTo() throws Exception {
		long personId = open.participants().get(0).personId();
		HttpResponse<String> feed = get("http://localhost:" + port + "/sogn-og-fjordane/calendar/people/" + personId + ".ics",
				false);
		assertThat(feed.statusCode()).isEqualTo(200);
		String unfolded = feed.body().replace("\r\n ", "");
		assertThat(unfolded).contains("UID:meeting-" + open.id() + "@sogn-og-fjordane.samhald.no")
			.doesNotContain("UID:meeting-" + closed.id() + "@");
	}

	private List<Map<String, Object>> list(String path, boolean member) throws Exception {
		return json.readValue(body(path, member), new TypeReference<List<Map<String, Object>>>() { });
	}

	private Map<String, Object> object(String path, boolean member) throws Exception {
		return json.readValue(body(path, member), new TypeReference<Map<String, Object>>() { });
	}

	private String body(String path, boolean member) throws Exception {
		HttpResponse<String> response = get(api(path), member);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private int status(String path, boolean member) throws Exception {
		return get(api(path), member).statusCode();
	}

	private String api(String path) {
		return "http://localhost:" + port + "/api/v1/communities/sogn-og-fjordane" + path;
	}

	private static HttpResponse<String> get(String url, boolean member) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (member) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString("medlem:samhald-demo".getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
