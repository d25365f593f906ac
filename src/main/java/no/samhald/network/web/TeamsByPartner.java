package no.samhald.network.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.samhald.network.Team;
import no.samhald.partnership.Partner;

/** The teams of one partner, for the network page's list; municipalities first, then by name. */
record TeamsByPartner(Partner partner, List<Team> teams) {

	static List<TeamsByPartner> group(List<Team> teams, List<Partner> partners) {
		Map<Long, Partner> byId = partners.stream().collect(Collectors.toMap(Partner::id, Function.identity()));
		Map<Partner, List<Team>> grouped = teams.stream().filter(t -> byId.containsKey(t.partnerId()))
			.sorted(Comparator.comparing((Team t) -> !byId.get(t.partnerId()).isMunicipality())
				.thenComparing(t -> byId.get(t.partnerId()).name())
				.thenComparing(Team::name))
			.collect(Collectors.groupingBy(t -> byId.get(t.partnerId()), LinkedHashMap::new, Collectors.toList()));
		return grouped.entrySet().stream().map(e -> new TeamsByPartner(e.getKey(), e.getValue())).toList();
	}

}
