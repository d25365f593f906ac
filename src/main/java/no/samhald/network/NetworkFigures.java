package no.samhald.network;

import java.util.List;

/**
 * The network in figures, for now or for one year: the teams taking part, the municipalities
 * with a team, the other partners with a team (the health trust) and the gatherings held.
 */
public record NetworkFigures(int teams, int municipalities, List<String> otherPartners, List<Gathering> gatherings) {

	public NetworkFigures {
		otherPartners = List.copyOf(otherPartners);
		gatherings = List.copyOf(gatherings);
	}

	public boolean isEmpty() {
		return teams == 0 && gatherings.isEmpty();
	}

}
