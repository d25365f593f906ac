package no.samhald.meeting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;

import no.samhald.SamhaldTest;
import no.samhald.community.Community;
import no.samhald.partnership.Forum;

import static no.samhald.meeting.MeetingFixtures.signInAsCoordinator;
import static no.samhald.meeting.MeetingFixtures.signOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two coordinators editing one matter's anchoring trail: a step added before another does not
 * move an edit onto the wrong step, and an edit of a step someone else changed is refused with
 * what they changed, never saved over it.
 */
@SamhaldTest
class AnchoringTrailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	Matters matters;

	@Autowired
	Cases cases;

	Community community;

	Forum hou;

	Forum ssu;

	Matter matter;

	@BeforeEach
	void aMatterWithTwoSteps() {
		signInAsCoordinator();
		community = fixtures.sogn();
		hou = fixtures.forumWithMembers();
		ssu = fixtures.forumWithMembers();
		matter = matters.create(community, "Mandat " + UUID.randomUUID(), "");
		matters.addStep(community, matter.id(), step(hou, LocalDate.of(2025, 2, 1), AnchoringOutcome.PLANNED, "", 0));
		matter = matters.addStep(community, matter.id(),
				step(ssu, LocalDate.of(2025, 3, 1), AnchoringOutcome.PLANNED, "", 0));
	}

	@AfterEach
	void signedOut() {
		signOut();
	}

	@Test
	void aStepAddedEarlierInTheTrailDoesNotMoveAnotherPersonsEditOntoTheWrongStep() {
		AnchoringStep seenBySsu = stepIn(matter, ssu);

		// someone else puts a step before both while the first person has the SSU step open
		matters.addStep(community, matter.id(), step(ssu, LocalDate.of(2025, 1, 10), AnchoringOutcome.DISCUSSED,
				"Førebuande drøfting", 0));
		matters.updateStep(community, matter.id(), seenBySsu.number(), step(ssu, seenBySsu.plannedDate(),
				AnchoringOutcome.ADOPTED, "Vedteke i SSU", seenBySsu.version()));

		Matter now = matters.get(community, matter.id());
		assertThat(now.steps()).hasSize(3);
		assertThat(now.steps()).extracting(AnchoringStep::summary)
			.containsExactly("Førebuande drøfting", "", "Vedteke i SSU");
		assertThat(now.steps()).extracting(AnchoringStep::outcome)
			.containsExactly(AnchoringOutcome.DISCUSSED, AnchoringOutcome.PLANNED, AnchoringOutcome.ADOPTED);
	}

	@Test
	void theSecondOfTwoEditsOfOneStepIsRefusedAndTheFirstIsKept() {
		AnchoringStep seen = stepIn(matter, hou);
		matters.updateStep(community, matter.id(), seen.number(),
				step(hou, seen.plannedDate(), AnchoringOutcome.RECOMMENDED, "HOU tilrår", seen.version()));

		SaveStep stale = step(hou, seen.plannedDate(), AnchoringOutcome.REJECTED, "", seen.version());
		assertThatThrownBy(() -> matters.updateStep(community, matter.id(), seen.number(), stale))
			.isInstanceOf(OptimisticLockingFailureException.class);

		AnchoringStep kept = matters.step(community, matter.id(), seen.number());
		assertThat(kept.outcome()).isEqualTo(AnchoringOutcome.RECOMMENDED);
		assertThat(kept.summary()).isEqualTo("HOU tilrår");
		assertThat(stale.fieldsChangedIn(kept)).containsExactly("outcome", "summary");
	}

	@Test
	void aStaleSaveFromTheTrailPageComesBackWithWhatChanged() throws Exception {
		Meeting meeting = fixtures.plan(hou, LocalDate.of(2025, 2, 1));
		Case houCase = cases.add(community, meeting.id(), MeetingFixtures.caseTitled("Mandat for HOU", ""));
		AnchoringStep seen = stepIn(matter, hou);
		matters.updateStep(community, matter.id(), seen.number(),
				step(hou, seen.plannedDate(), AnchoringOutcome.RECOMMENDED, "HOU tilrår", seen.version()));

		HttpResponse<String> stale = post(matter, seen, "REJECTED", seen.version());
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Nokon andre har endra dette medan du skreiv", "Utfall", houCase.title());
		assertThat(matters.step(community, matter.id(), seen.number()).outcome()).isEqualTo(AnchoringOutcome.RECOMMENDED);

		HttpResponse<String> fresh = post(matter, seen, "REJECTED", seen.version() + 1);
		assertThat(fresh.statusCode()).isEqualTo(302);
		assertThat(matters.step(community, matter.id(), seen.number()).outcome()).isEqualTo(AnchoringOutcome.REJECTED);
	}

	private HttpResponse<String> post(Matter matter, AnchoringStep step, String outcome, int version) throws Exception {
		String form = "forumId=" + step.forumId() + "&plannedDate=" + step.plannedDate() + "&outcome=" + outcome
				+ "&summary=&deciding=false&version=" + version;
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + community.slug()
				+ "/matters/" + matter.id() + "/steps/" + step.number()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "samhald-lang=nn")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("koordinator:samhald-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static AnchoringStep stepIn(Matter matter, Forum forum) {
		return matter.steps().stream().filter(s -> s.forumId().equals(forum.id())).findFirst().orElseThrow();
	}

	private static SaveStep step(Forum forum, LocalDate day, AnchoringOutcome outcome, String summary, int version) {
		return new SaveStep(forum.id(), day, outcome, summary, null, false, version);
	}

}
