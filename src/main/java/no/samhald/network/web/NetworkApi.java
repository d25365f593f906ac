package no.samhald.network.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.network.Gathering;
import no.samhald.network.LearningNetwork;
import no.samhald.network.NetworkFigures;
import no.samhald.network.Team;
import no.samhald.network.TeamMember;
import no.samhald.network.TeamStatus;
import no.samhald.partnership.Partner;

/**
 * The learning network as JSON: its figures, teams and gatherings; the members of the teams only
 * for the community's signed-in members, as on the page.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/network")
record NetworkApi(LearningNetwork network) {

	@GetMapping
	NetworkJson network(Community community) {
		Map<Long, Partner> partners = network.teamPartners(community.id()).stream()
			.collect(Collectors.toMap(Partner::id, Function.identity()));
		NetworkFigures figures = network.figures(community.id());
		return new NetworkJson(
				new FiguresJson(figures.teams(), figures.municipalities(), figures.otherPartners(), figures.gatherings().size()),
				network.teams(community).stream()
					.map(t -> TeamJson.of(t, partners.get(t.partnerId()), network.showsMembers(community))).toList(),
				figures.gatherings().stream().map(GatheringJson::of).toList());
	}

	record NetworkJson(FiguresJson figures, List<TeamJson> teams, List<GatheringJson> gatherings) {
	}

	record FiguresJson(int teams, int municipalities, List<String> otherPartners, int gatherings) {
	}

	record TeamJson(long id, String name, long partnerId, String partnerName, boolean municipality,
			LocalDate startedOn, LocalDate endedOn, TeamStatus status, List<TeamMember> members, int version) {

		/** Without members (null, not empty) for the public: they are not shown, not missing. */
		static TeamJson of(Team t, Partner p, boolean withMembers) {
			return new TeamJson(t.id(), t.name(), t.partnerId(), p == null ? null : p.name(), p != null && p.isMunicipality(),
					t.startedOn(), t.endedOn(), t.status(), withMembers ? t.members() : null, t.version());
		}

	}

	record GatheringJson(long eventId, String title, LocalDateTime startsAt, long participants,
			boolean attendanceRecorded, List<Long> teamIds) {

		static GatheringJson of(Gathering g) {
			return new GatheringJson(g.event().id(), g.event().title(), g.event().startsAt(), g.participants(),
					g.attendanceRecorded(), g.teamIds().stream().sorted().toList());
		}

	}

}
