package no.samhald.network;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.event.EventKind;
import no.samhald.event.Events;
import no.samhald.event.SaveEvent;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The learning network's rules on the demo of Sogn og Fjordane (seed 004: 16 teams from 13
 * municipalities and Helse Førde). Teams made here start and end in 2031 and gatherings lie in
 * 2033, so the demo's figures of today, 2022 and 2025 stay as they are for the other tests.
 */
@SamhaldTest
class NetworkRulesIntegrationTests {

	private static final LocalDate START = LocalDate.of(2031, 1, 1);

	private static final LocalDate END = LocalDate.of(2031, 6, 30);

	@LocalServerPort
	int port;

	@Autowired
	LearningNetwork network;

	@Autowired
	NetworkGatherings gatherings;

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	Events events;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void theDemoNetworkHasSixteenTeamsFromThirteenMunicipalitiesAndHelseForde() {
		Community sogn = sogn();
		NetworkFigures now = network.figures(sogn.id());
		assertThat(now.teams()).isEqualTo(16);
		assertThat(now.municipalities()).isEqualTo(13);
		assertThat(now.otherPartners()).containsExactly("Helse Førde");

		NetworkFigures of2025 = network.figures(sogn.id(), 2025);
		assertThat(of2025.teams()).isEqualTo(16);
		Gathering leaders = of2025.gatherings().stream()
			.filter(g -> g.event().title().equals("Nettverkssamling for strategisk og administrativ leiing"))
			.findFirst().orElseThrow();
		// the event module counts who came: 116 ticked off and 4 walk-ins (seed 004: 120)
		assertThat(leaders.participants()).isEqualTo(120);
		assertThat(leaders.attendanceRecorded()).isTrue();
		assertThat(leaders.teamCount()).isEqualTo(12);
		assertThat(network.figures(sogn.id(), 2022).gatherings()).singleElement()
			.satisfies(g -> assertThat(g.teamCount()).isEqualTo(14));
		assertThat(network.figures(sogn.id(), 2019).isEmpty()).isTrue();
	}

	@Test
	void thePublicSeesTheTeamsButNotTheirMembersWhileAMemberDoes() {
		Community sogn = sogn();
		assertThat(demoTeams(sogn)).hasSize(16);
		assertThat(network.teams(sogn)).allSatisfy(t -> assertThat(t.members()).isEmpty());

		SignedIn.as("medlem", Role.MEMBER, SignedIn.SOGN);
		assertThat(demoTeams(sogn)).allSatisfy(t -> assertThat(t.members()).hasSize(3));
		assertThat(demoTeams(sogn).get(0).members().get(0).email()).endsWith("@example.org");

		SignedIn.as("medlem", Role.MEMBER, "vestfold");
		assertThat(network.teams(sogn)).allSatisfy(t -> assertThat(t.members()).isEmpty());
	}

	@Test
	void onlyACoordinatorRegistersTeamsAndLinksGatherings() {
		Community sogn = sogn();
		SaveTeam team = new SaveTeam(municipality(sogn).id(), "Team " + UUID.randomUUID(), START, END, List.of(), 0);
		assertThatThrownBy(() -> network.register(sogn, team)).isInstanceOf(AccessDeniedException.class);
		SignedIn.as("medlem", Role.MEMBER, SignedIn.SOGN);
		assertThatThrownBy(() -> network.register(sogn, team)).isInstanceOf(AccessDeniedException.class);
		long eventId = gatherings.all(sogn.id()).get(0).event().id();
		assertThatThrownBy(() -> gatherings.recordTeams(sogn, eventId, new RecordTeams(Set.of(), 0)))
			.isInstanceOf(AccessDeniedException.class);
		SignedIn.as("koordinator", Role.COORDINATOR, "vestfold");
		assertThatThrownBy(() -> network.register(sogn, team)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aStaleCorrectionOfATeamIsRefusedAndTellsWhatChanged() {
		Community sogn = sogn();
		SignedIn.asCoordinator();
		Team team = network.register(sogn, new SaveTeam(municipality(sogn).id(), "Team " + UUID.randomUUID(), START, END,
				List.of(new TeamMember(" Ola Testesen ", "Sjukepleiar", "ola@example.org", null)), 0));
		assertThat(team.members()).containsExactly(new TeamMember("Ola Testesen", "Sjukepleiar", "ola@example.org", null));

		SaveTeam first = new SaveTeam(team.partnerId(), team.name() + " nord", START, END, team.members(), team.version());
		network.update(sogn, team.id(), first);
		SaveTeam second = new SaveTeam(team.partnerId(), team.name(), START, END, List.of(), team.version());
		assertThatThrownBy(() -> network.update(sogn, team.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Team stored = network.team(sogn, team.id());
		assertThat(stored.name()).endsWith(" nord");
		assertThat(second.fieldsChangedIn(stored)).containsExactly("name", "members");
	}

	@Test
	void aTeamBelongsToAMunicipalityOrTheHealthTrustAndCarriesNoIdentityNumber() {
		Community sogn = sogn();
		SignedIn.asCoordinator();
		Partner other = partners.all(sogn.id()).stream()
			.filter(p -> p.type() != PartnerType.MUNICIPALITY && p.type() != PartnerType.HEALTH_TRUST
					&& p.type() != PartnerType.HOSPITAL)
			.findFirst().orElseThrow();
		assertThatThrownBy(() -> network.register(sogn, new SaveTeam(other.id(), "Team", START, END, List.of(), 0)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems())
				.anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("network.team.partner.invalid")));

		var members = List.of(new TeamMember("", "", "", null), new TeamMember("Kari 15076500565", "Fastlege", "", null),
				new TeamMember("", "Fysioterapeut", "", null));
		assertThatThrownBy(() -> network.register(sogn, new SaveTeam(municipality(sogn).id(), "Team", START, END, members, 0)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems())
				.extracting(p -> p.field() + " " + p.messageKey())
				.containsExactlyInAnyOrder("members[1].name NoIdentityNumber", "members[2].name network.member.name.required"));
	}

	@Test
	void aGatheringIsAnEventWhoseTeamsAreRecordedOverTheVersionSeen() {
		Community sogn = sogn();
		SignedIn.asCoordinator();
		long eventId = events.create(sogn, new SaveEvent(EventKind.LEARNING_NETWORK_SESSION, "Samling " + UUID.randomUUID(),
				"", LocalDateTime.of(2033, 3, 1, 10, 0), LocalDateTime.of(2033, 3, 1, 15, 0), "Førde", null, null, 0)).id();
		assertThat(gatherings.linkable(sogn.id())).anyMatch(e -> e.id() == eventId);
		gatherings.link(sogn, eventId);
		gatherings.link(sogn, eventId);
		assertThat(gatherings.linkable(sogn.id())).noneMatch(e -> e.id() == eventId);

		List<Long> teamIds = network.teams(sogn).stream().limit(3).map(Team::id).toList();
		Gathering recorded = gatherings.recordTeams(sogn, eventId, new RecordTeams(Set.copyOf(teamIds), 0));
		assertThat(recorded.teamIds()).containsExactlyInAnyOrderElementsOf(teamIds);
		assertThat(network.figures(sogn.id(), 2033).gatherings()).singleElement()
			.satisfies(g -> assertThat(g.teamCount()).isEqualTo(3));
		assertThatThrownBy(() -> gatherings.recordTeams(sogn, eventId, new RecordTeams(Set.of(), 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> gatherings.recordTeams(sogn, eventId, new RecordTeams(Set.of(-1L), recorded.version())))
			.isInstanceOf(InvalidInputException.class);

		gatherings.unlink(sogn, eventId, recorded.version());
		assertThat(network.figures(sogn.id(), 2033).gatherings()).isEmpty();
		assertThat(events.get(sogn.id(), eventId)).isNotNull();
	}

	@Test
	void theApiGivesThePublicTheFiguresAndTeamsWithoutMembers() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/communities/sogn-og-fjordane/network")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"figures\":{\"teams\":16,\"municipalities\":13,\"otherPartners\":[\"Helse Førde\"]",
				"\"name\":\"Team Kinn\"", "\"partnerName\":\"Kinn kommune\"", "\"status\":\"ACTIVE\"", "\"members\":null",
				"\"title\":\"Nettverkssamling for strategisk og administrativ leiing\"", "\"participants\":120")
			.doesNotContain("@example.org");
	}

	/** The teams of the demo, which all started at the first gathering in March 2021. */
	private List<Team> demoTeams(Community c) {
		return network.teams(c).stream().filter(t -> t.startedOn().equals(LocalDate.of(2021, 3, 3))).toList();
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

	private Partner municipality(Community c) {
		return partners.all(c.id()).stream().filter(Partner::isMunicipality).findFirst().orElseThrow();
	}

}
