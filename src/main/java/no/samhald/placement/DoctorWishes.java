package no.samhald.placement;

import java.util.List;
import java.util.Map;

/** What a doctor sees through their link: their round, its places and their own wishes only. */
public record DoctorWishes(PlacementRound round, Lis1Doctor doctor, List<PlaceOffer> places,
		Map<Long, String> municipalityNames, Map<Long, Integer> ranks, boolean open) {
}
