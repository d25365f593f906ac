package no.samhald.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.samhald.Api;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.TestSmtp;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationCategory;
import no.samhald.deviation.Deviations;
import no.samhald.deviation.ReportDeviation;
import no.samhald.invitation.Invitation;
import no.samhald.invitation.Invitations;
import no.samhald.invitation.Invite;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.MeetingFixtures;
import no.samhald.meeting.MeetingStatus;
import no.samhald.meeting.Meetings;
import no.samhald.partnership.AddMember;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Forums;
import no.samhald.partnership.MembershipRole;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.Representation;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.Measures;
import no.samhald.plan.ReportStatus;
import no.samhald.plan.SaveActionPlan;
import no.samhald.plan.SaveArea;
import no.samhald.plan.SaveMeasure;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** "Mitt arbeid" as the demo's partner contact, measure owner, member and coordinator see it through the API, and the calendar feed. */
@SamhaldTest
class MyWorkIntegrationTests {

	/** Inviting mails the link. */
	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	private static final String PASSWORD = "samhald-demo";

	@LocalServerPort
	int port;

	@Autowired
	Deviations deviations;

	@Autowired
	Partners partners;

	@Autowired
	Communities communities;

	@Autowired
	Meetings meetings;

	@Autowired
	Forums forums;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void theHospitalsContactSeesANewDeviationOnTopThenTheOverdueOnesAndNoneToOthers() {
		Deviation overdue = report("Kinn kommune", "Helse Førde");
		Deviation fresh = report("Stad kommune", "Helse Førde");
		Deviation toKinn = report("Helse Førde", "Kinn kommune");
		LocalDate earliest = jdbc.sql("select min(answer_due) from deviation").query(LocalDate.class).single();
		jdbc.sql("update deviation set answer_due = :due, received_on = :received where id = :id")
			.param("due", earliest.minusDays(1))
			.param("received", earliest.minusDays(22))
			.param("id", overdue.id())
			.update();

		List<JsonNode> tasks = tasksOf("sjukehus");

		assertThat(tasks.get(0).get("isNew").asBoolean()).as("new work on top").isTrue();
		JsonNode newOne = only(tasks, "DEVIATION_TO_ANSWER", fresh.id());
		assertThat(newOne.get("isNew").asBoolean()).isTrue();
		assertThat(newOne.get("overdue").asBoolean()).isFalse();
		JsonNode firstOld = tasks.stream().filter(t -> !t.get("isNew").asBoolean()).findFirst().orElseThrow();
		assertThat(firstOld.get("subjectId").asLong()).as("then the overdue").isEqualTo(overdue.id());
		assertThat(firstOld.get("overdue").asBoolean()).isTrue();
		assertThat(firstOld.get("link").asString()).isEqualTo("/sogn-og-fjordane/deviations/" + overdue.id());
		assertThat(firstOld.get("title").asString()).isEqualTo("Kinn kommune → Helse Førde");
		assertThat(idsOf(tasks, "DEVIATION_TO_ANSWER")).doesNotContain(toKinn.id());
		assertNewThenOverdueThenByDueDate(tasks);
		// The demo's contact acts for the trust and its three hospitals, and for no one else.
		assertThat(tasks).filteredOn(task -> task.get("kind").asString().equals("DEVIATION_TO_ANSWER"))
			.allSatisfy(task -> assertThat(task.get("title").asString())
				.matches(".* → (Helse Førde|Førde sentralsjukehus|Nordfjord sjukehus|Lærdal sjukehus)"));

		String page = new Api(port).as("sjukehus", PASSWORD).get("/my-work").body();
		assertThat(page).contains("class=\"badge task-new\"")
			.as("one community only: no community column").doesNotContain("id=\"community-column\"");
	}

	@Test
	void thePageShowsTheCommunityColumnOnlyForWorkFromSeveralCommunities() {
		String username = "tofelles-" + UUID.randomUUID().toString().substring(0, 8);
		accountsAdmin.createIfAbsent(username, PASSWORD, "To Fellesskap", Role.COORDINATOR, SignedIn.SOGN);
		String single = new Api(port).as(username, PASSWORD).get("/my-work").body();
		assertThat(single).contains("id=\"tasks\"").doesNotContain("id=\"community-column\"");

		// An account belongs to one community; a scoped role in another gives work there too.
		Community vestfold = communities.bySlug("vestfold");
		long municipality = firstOfType(vestfold, no.samhald.partnership.PartnerType.MUNICIPALITY);
		long vestfoldPartner = firstOfType(vestfold, no.samhald.partnership.PartnerType.HEALTH_TRUST);
		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");
		try {
			deviations.report(vestfold, new ReportDeviation(municipality, vestfoldPartner,
					deviations.today().minusDays(1), DeviationCategory.DISCHARGE, null, "Epikrisen kom for seint.",
					"Ingen.", "Synergi to-fellesskap"));
		}
		finally {
			SignedIn.out();
		}
		jdbc.sql("insert into account_role (account_id, role, community_slug, scope_id) "
				+ "select id, 'PARTNER_CONTACT', 'vestfold', :partner from account where username = :username")
			.param("partner", vestfoldPartner)
			.param("username", username)
			.update();
		String several = new Api(port).as(username, PASSWORD).get("/my-work").body();

		assertThat(several).contains("id=\"community-column\"",
				"<td>" + communities.bySlug(SignedIn.SOGN).name() + "</td>",
				"<td>" + communities.bySlug("vestfold").name() + "</td>");
	}

	@Autowired
	no.samhald.platform.security.Accounts accountsAdmin;

	private long firstOfType(Community community, no.samhald.partnership.PartnerType type) {
		return partners.all(community.id()).stream().filter(p -> p.type() == type).map(Partner::id).findFirst()
			.orElseThrow();
	}

	@Test
	void theMeasureOwnerSeesTheTwoOwnedMeasuresLinkedToTheirPages() {
		List<JsonNode> tasks = tasksOf("tiltakseigar");

		var measures = tasks.stream().filter(t -> t.get("kind").asString().equals("MEASURE_TO_REPORT")).toList();
		assertThat(measures).extracting(t -> t.get("title").asString())
			.containsExactlyInAnyOrder("Revisjon av avtaleporteføljen", "Fagnettverk for barn som pårørande");
		assertThat(measures).allSatisfy(t -> assertThat(t.get("link").asString())
			.matches("/sogn-og-fjordane/plans/\\d+/measures/" + t.get("subjectId").asLong()));
		assertThat(tasks).extracting(t -> t.get("kind").asString()).doesNotContain("DEVIATION_TO_ANSWER",
				"AGREEMENT_TO_REVIEW");
	}

	@Test
	void aMemberSeesOnlyTheMinutesTheyMustApproveAndTheMeetingsTheySitInUntilApproved() {
		SignedInUser medlem = account("medlem");
		Community sogn = fixtures.sogn();
		Forum forum = fixtures.forumWithMembers();
		SignedIn.asCoordinator(() -> forums.addMember(sogn, forum.id(), new AddMember(medlem.personId(),
				MembershipRole.DEPUTY_LEADER, null, Representation.PARTNER, LocalDate.of(2020, 1, 1), null)));
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
		Meeting held = SignedIn.asCoordinator(() -> {
			Meeting planned = fixtures.plan(forum, today.minusDays(10));
			return meetings.changeStatus(sogn, planned.id(), MeetingStatus.HELD);
		});
		Meeting coming = SignedIn.asCoordinator(() -> fixtures.plan(forum, today.plusDays(3)));

		List<JsonNode> tasks = tasksOf("medlem");

		assertThat(tasks).extracting(t -> t.get("kind").asString())
			.allMatch(kind -> kind.equals("MINUTES_TO_APPROVE") || kind.equals("UPCOMING_MEETING"));
		JsonNode minutes = only(tasks, "MINUTES_TO_APPROVE", held.id());
		assertThat(minutes.get("link").asString()).isEqualTo("/sogn-og-fjordane/meetings/" + held.id() + "/minutes");
		assertThat(minutes.get("overdue").asBoolean()).isTrue();
		assertThat(minutes.get("due").asString()).isEqualTo(today.minusDays(10).plusDays(5).toString());
		JsonNode meeting = only(tasks, "UPCOMING_MEETING", coming.id());
		assertThat(meeting.get("papersLink").asString())
			.isEqualTo("/sogn-og-fjordane/meetings/" + coming.id() + "/notice");
		assertThat(meeting.get("overdue").asBoolean()).isFalse();
		assertThat(idsOf(tasks, "UPCOMING_MEETING")).doesNotContain(held.id());

		actAs(medlem);
		meetings.approveMinutes(sogn, held.id(), medlem.personId());
		assertThat(idsOf(tasksOf("medlem"), "MINUTES_TO_APPROVE")).doesNotContain(held.id());
	}

	@Test
	void theCalendarFeedParsesAndARenewedAddressShutsTheOldOne() {
		report("Fjaler kommune", "Helse Førde");
		actAs(account("sjukehus"));
		String first = feeds.renew();
		var api = new Api(port);

		Api.Response feed = api.get("/my-work/calendar-feed/" + first + ".ics");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(feed.body()).contains("VERSION:2.0", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:", "END:VEVENT",
				"SUMMARY:Svarfrist avvik: Fjaler kommune → Helse Førde");
		assertThat(feed.body().split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(count(feed.body(), "BEGIN:VEVENT")).isEqualTo(count(feed.body(), "END:VEVENT")).isPositive();

		String second = feeds.renew();
		assertThat(api.get("/my-work/calendar-feed/" + first + ".ics").status()).isEqualTo(404);
		assertThat(api.get("/my-work/calendar-feed/" + second + ".ics").status()).isEqualTo(200);
		assertThat(api.get("/my-work/calendar-feed/not-a-token.ics").status()).isEqualTo(404);
	}

	@Test
	void theTasksAreForSignedInPeopleOnly() {
		var api = new Api(port);
		assertThat(api.get("/api/v1/me/tasks").status()).isEqualTo(401);
		assertThat(api.get("/my-work").location()).endsWith("/login");
	}

	@Test
	void theCoordinatorSeesWhatIsOverdueInTheCommunityByKind() {
		Deviation overdue = report("Sogndal kommune", "Helse Førde");
		jdbc.sql("update deviation set answer_due = answer_due - 60 where id = :id").param("id", overdue.id()).update();
		var byKind = SignedIn.asCoordinator(() -> myWork.overdueIn(fixtures.sogn()));
		assertThat(byKind).containsOnlyKeys(TaskKind.DEVIATION_TO_ANSWER, TaskKind.MINUTES_TO_APPROVE,
				TaskKind.MEASURE_TO_REPORT, TaskKind.AGREEMENT_TO_REVIEW,
				TaskKind.COLLECTION_TO_ANSWER, TaskKind.CONSULTATION_TO_ANSWER);
		assertThat(byKind.get(TaskKind.DEVIATION_TO_ANSWER)).extracting(Task::subjectId).contains(overdue.id());
		assertThat(byKind.values()).allSatisfy(tasks -> assertThat(tasks).allMatch(Task::overdue));
	}

	@Test
	void aMeasureIsDueByThePlansNextReportingDateAndOverdueWhileTheLastOneIsUnreported() {
		Community sogn = fixtures.sogn();
		LocalDate today = myWork.today();
		ActionPlan plan = SignedIn.asCoordinator(() -> plans.create(sogn, new SaveActionPlan(
				"Mitt arbeid-plan " + UUID.randomUUID(), today.minusMonths(9), today.plusMonths(9), null, null, null, "",
				0)));
		Measure measure = SignedIn.asCoordinator(() -> {
			long area = plans.addArea(sogn, plan.id(), new SaveArea("Område " + UUID.randomUUID(), "", 0)).id();
			return measures.create(sogn, plan.id(), new SaveMeasure(area, "Tiltak " + UUID.randomUUID(), "", null, null,
					null, MeasureStatus.IN_PROGRESS, "", null, today.plusDays(3), 0));
		});
		LocalDate missed = plan.reportingDates().stream().filter(d -> d.isBefore(today)).reduce((a, b) -> b).orElseThrow();
		LocalDate next = plan.reportingDates().stream().filter(d -> !d.isBefore(today)).findFirst().orElseThrow();
		actAs(new SignedInUser("eigar-" + UUID.randomUUID(), "", false, "Eigar", Role.MEMBER, SignedIn.SOGN, null,
				List.of(new SignedInUser.Grant(Role.MEASURE_OWNER, SignedIn.SOGN, measure.id()))));

		Task unreported = measureTask(myWork.tasks(), measure);
		assertThat(unreported.due()).isEqualTo(missed);
		assertThat(unreported.overdue()).isTrue();
		assertThat(SignedIn.asCoordinator(() -> myWork.overdueIn(sogn)).get(TaskKind.MEASURE_TO_REPORT))
			.extracting(Task::subjectId).contains(measure.id());

		measures.report(sogn, measure.id(), new ReportStatus(today, MeasureStatus.IN_PROGRESS, "Godt i gang."));

		Task reported = measureTask(myWork.tasks(), measure);
		assertThat(reported.due()).isEqualTo(next).isNotEqualTo(measure.dueDate());
		assertThat(reported.overdue()).isFalse();
		assertThat(SignedIn.asCoordinator(() -> myWork.overdueIn(sogn)).get(TaskKind.MEASURE_TO_REPORT))
			.extracting(Task::subjectId).doesNotContain(measure.id());
	}

	@Test
	void theCoordinatorSeesTheCommunitysPendingInvitationsUntilRevoked() {
		Community sogn = fixtures.sogn();
		String email = "mitt-arbeid-" + UUID.randomUUID().toString().substring(0, 8) + "@samhald.example";
		Invitation invitation = SignedIn.asCoordinator(
				() -> invitations.invite(sogn, new Invite("Ivar Invitert", email, "nn", Role.MEMBER, List.of())));

		JsonNode row = only(tasksOf("koordinator"), "PENDING_INVITATION", invitation.id());
		assertThat(row.get("title").asString()).contains("Ivar Invitert", email);
		assertThat(row.get("link").asString()).isEqualTo("/sogn-og-fjordane/invitations");
		assertThat(row.get("due").asString())
			.isEqualTo(invitation.expiresAt().atZone(MyWork.NORWAY).toLocalDate().toString());
		assertThat(row.get("overdue").asBoolean()).isFalse();
		assertThat(idsOf(tasksOf("medlem"), "PENDING_INVITATION")).isEmpty();
		assertThat(idsOf(tasksOf("vestfold"), "PENDING_INVITATION")).doesNotContain(invitation.id());

		SignedIn.asCoordinator(() -> {
			invitations.revoke(sogn, invitation.id());
			return null;
		});
		assertThat(idsOf(tasksOf("koordinator"), "PENDING_INVITATION")).doesNotContain(invitation.id());
	}

	private static Task measureTask(List<Task> tasks, Measure measure) {
		var matching = tasks.stream()
			.filter(t -> t.kind() == TaskKind.MEASURE_TO_REPORT && t.subjectId() == measure.id())
			.toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	@Autowired
	ActionPlans plans;

	@Autowired
	Measures measures;

	@Autowired
	Invitations invitations;

	@Autowired
	MyWork myWork;

	@Test
	void theTrustsContactIsGivenWhatAHospitalBelowItReceived() {
		Deviation toNordfjord = report("Stad kommune", "Nordfjord sjukehus");

		assertThat(idsOf(tasksOf("sjukehus"), "DEVIATION_TO_ANSWER")).contains(toNordfjord.id());
		assertThat(idsOf(tasksOf("kinn"), "DEVIATION_TO_ANSWER")).doesNotContain(toNordfjord.id());
	}

	private Deviation report(String from, String to) {
		Community sogn = communities.bySlug(SignedIn.SOGN);
		SignedIn.as("medlem", Role.MEMBER, SignedIn.SOGN);
		try {
			return deviations.report(sogn, new ReportDeviation(partner(sogn, from), partner(sogn, to),
					deviations.today().minusDays(1), DeviationCategory.DISCHARGE, null,
					"Epikrisen kom ikkje fram før pasienten var heime.", "Heimesjukepleia mangla medisinlista.",
					"Synergi mitt-arbeid-" + UUID.randomUUID().toString().substring(0, 8)));
		}
		finally {
			SignedIn.out();
		}
	}

	private long partner(Community sogn, String name) {
		return partners.all(sogn.id()).stream().filter(p -> p.name().equals(name)).map(Partner::id).findFirst()
			.orElseThrow();
	}

	private List<JsonNode> tasksOf(String username) {
		Api.Response response = new Api(port).as(username, PASSWORD).get("/api/v1/me/tasks");
		assertThat(response.status()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false).toList();
	}

	private static List<Long> idsOf(List<JsonNode> tasks, String kind) {
		return tasks.stream().filter(t -> t.get("kind").asString().equals(kind)).map(t -> t.get("subjectId").asLong())
			.toList();
	}

	private static JsonNode only(List<JsonNode> tasks, String kind, long id) {
		var matching = tasks.stream()
			.filter(t -> t.get("kind").asString().equals(kind) && t.get("subjectId").asLong() == id)
			.toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private static void assertNewThenOverdueThenByDueDate(List<JsonNode> tasks) {
		var keys = new ArrayList<String>();
		for (JsonNode task : tasks) {
			String due = task.get("due").isNull() ? "9999-12-31" : task.get("due").asString();
			keys.add((task.get("isNew").asBoolean() ? "0" : "1") + (task.get("overdue").asBoolean() ? "0" : "1") + due);
		}
		assertThat(keys).isSorted();
	}

	private SignedInUser account(String username) {
		return (SignedInUser) accounts.loadUserByUsername(username);
	}

	private static void actAs(SignedInUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static int count(String text, String part) {
		return text.split(part, -1).length - 1;
	}

}
