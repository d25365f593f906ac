package no.samhald.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.community.CommunityDemoLoads;
import no.samhald.partnership.Partner;

/**
 * Sogn og Fjordane's learning network as seed 004 tells it: 16 teams, one from each of 13
 * municipalities and three from Helse Førde, from the first gathering in March 2021; the demo's
 * network events as its gatherings with the teams that came. The members are invented.
 */
@Component
@Order(72)
record NetworkDemoData(CommunityDemoLoads demo, LearningNetwork network, NetworkGatherings gatherings) implements ApplicationRunner {

	private static final List<String> MUNICIPALITIES = List.of("Kinn", "Sunnfjord", "Bremanger", "Fjaler", "Stad",
			"Aurland", "Lærdal", "Askvoll", "Sogndal", "Vik", "Hyllestad", "Stryn", "Luster");

	private static final List<String> TRUST_TEAMS = List.of("Nevrologisk avdeling", "Medisinsk klinikk",
			"Samhandling og tverrprofesjonelle tenester");

	private static final List<String> FIRST = List.of("Astrid", "Brage", "Dagny", "Einar", "Frøydis", "Geir", "Hilde",
			"Ivar", "Jorunn", "Knut", "Liv", "Magne", "Nora", "Oddvar", "Randi", "Sverre");

	private static final List<String> LAST = List.of("Hjelmeland", "Solheim", "Tveit", "Vangsnes", "Øvrebø", "Rindal",
			"Hestad", "Feios", "Sandal", "Kvåle", "Gjerde", "Loen", "Ramstad", "Eikrem", "Hovland", "Brekkestø");

	private static final List<String> ROLES = List.of("Sjukepleiar, heimetenesta", "Fastlege", "Fysioterapeut",
			"Leiar, tildelingskontoret");

	private static final LocalDate FIRST_GATHERING = LocalDate.of(2021, 3, 3);

	@Override
	public void run(ApplicationArguments args) {
		demo.once("sogn-og-fjordane", "network.sogn-og-fjordane", this::sognOgFjordane);
	}

	private void sognOgFjordane(Community c) {
		Map<String, Partner> byName = network.teamPartners(c.id()).stream()
			.collect(Collectors.toMap(Partner::name, Function.identity(), (a, b) -> a));
		var teams = new ArrayList<Team>();
		for (String municipality : MUNICIPALITIES) {
			teams.add(register(c, byName.get(municipality + " kommune"), "Team " + municipality, teams.size()));
		}
		for (String unit : TRUST_TEAMS) {
			teams.add(register(c, byName.get("Helse Førde"), "Helse Førde – " + unit, teams.size()));
		}
		// the fourth gathering: all but two teams came; the leaders' gathering of 2025: twelve
		for (var gathering : gatherings.linkable(c.id())) {
			gatherings.link(c, gathering.id());
			int came = gathering.startsAt().getYear() == 2022 ? 14 : 12;
			Set<Long> teamIds = teams.stream().limit(came).map(Team::id).collect(Collectors.toSet());
			gatherings.recordTeams(c, gathering.id(), new RecordTeams(teamIds, 0));
		}
	}

	private Team register(Community c, Partner partner, String name, int number) {
		var members = new ArrayList<TeamMember>();
		for (int i = 0; i < 3; i++) {
			String first = FIRST.get((number + i * 5) % FIRST.size());
			String last = LAST.get((number * 3 + i) % LAST.size());
			String email = (first + "." + last).toLowerCase(Locale.ROOT).replace("ø", "o").replace("å", "a")
				.replace("æ", "ae") + "@example.org";
			members.add(new TeamMember(first + " " + last, ROLES.get((number + i) % ROLES.size()), email, null));
		}
		return network.register(c, new SaveTeam(partner.id(), name, FIRST_GATHERING, null, members, 0));
	}

}
