package no.samhald.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the proposed allocation: the least total of ranks over all doctors, by a minimum-cost
 * assignment of doctors to seats (a place with N seats is N columns).
 * <p>
 * Costs: a doctor's rank of the place; a place not ranked costs {@value #UNRANKED}; a place that
 * needs a car is forbidden to one who cannot drive; being left without a place costs
 * {@value #UNPLACED}, so nobody is left out while a seat they may take is free.
 * <p>
 * Pairs (two doctors who must serve together) are one unit needing two seats at one place, at the
 * sum of both ranks. With up to {@value #EXACT_PAIRS} pairs every choice of place for every pair is
 * tried with the assignment of the others, so the result is optimal; with more, the pairs take their
 * best place with two free seats one by one in the order of the first doctor's id. A pair that fits
 * nowhere together is placed as two single doctors; placing a pair apart costs {@value #APART}, more
 * than any difference in ranks, but nobody is left without a place to keep a pair together.
 * <p>
 * Ties: doctors are rows in id order and seats columns in place id order; the algorithm is
 * deterministic, and among equal totals the first found is kept, so the same wishes always give
 * the same proposal.
 */
final class AllocationSolver {

	static final long UNRANKED = 100;

	static final long UNPLACED = 10_000;

	static final long FORBIDDEN = 1_000_000;

	/** A pair placed apart costs more than any difference in ranks, but less than leaving someone out. */
	static final long APART = UNPLACED - 1;

	static final int EXACT_PAIRS = 3;

	/** A doctor as the solver sees them: ranks by place id, and the doctor they must serve with. */
	record Candidate(long id, boolean cannotDrive, Map<Long, Integer> ranks, Long pairedWith) {
	}

	/** A place as the solver sees it. */
	record Place(long id, int seats, boolean needsCar) {
	}

	private AllocationSolver() {
	}

	/** Place id for each doctor id, or null for one left without a place; in doctor order. */
	static Map<Long, Long> solve(List<Candidate> doctors, List<Place> places) {
		List<Candidate> sorted = doctors.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
		List<Place> ordered = places.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
		Map<Long, Candidate> byId = new HashMap<>();
		sorted.forEach(d -> byId.put(d.id(), d));
		List<Candidate[]> pairs = pairs(sorted, byId);
		var best = new Best();
		if (pairs.size() <= EXACT_PAIRS) {
			tryEvery(pairs, 0, new Long[pairs.size()], sorted, ordered, best);
		}
		else {
			tryChoice(pairs, greedy(pairs, ordered), sorted, ordered, best);
		}
		Map<Long, Long> result = new LinkedHashMap<>();
		sorted.forEach(d -> result.put(d.id(), best.placement.get(d.id())));
		return result;
	}

	/** Pairs in doctor order; a doctor is in one pair at most, named by either of the two. */
	private static List<Candidate[]> pairs(List<Candidate> doctors, Map<Long, Candidate> byId) {
		List<Candidate[]> pairs = new ArrayList<>();
		var taken = new java.util.HashSet<Long>();
		for (Candidate d : doctors) {
			Candidate other = d.pairedWith() == null ? null : byId.get(d.pairedWith());
			if (other != null && other.id() != d.id() && !taken.contains(d.id()) && !taken.contains(other.id())) {
				taken.add(d.id());
				taken.add(other.id());
				pairs.add(d.id() < other.id() ? new Candidate[] { d, other } : new Candidate[] { other, d });
			}
		}
		return pairs;
	}

	private static void tryEvery(List<Candidate[]> pairs, int index, Long[] choice, List<Candidate> doctors,
			List<Place> places, Best best) {
		if (index == pairs.size()) {
			tryChoice(pairs, choice, doctors, places, best);
			return;
		}
		for (Place place : places) {
			if (place.seats() >= 2 && allowed(pairs.get(index)[0], place) && allowed(pairs.get(index)[1], place)) {
				choice[index] = place.id();
				tryEvery(pairs, index + 1, choice, doctors, places, best);
			}
		}
		choice[index] = null;
		tryEvery(pairs, index + 1, choice, doctors, places, best);
	}

	private static Long[] greedy(List<Candidate[]> pairs, List<Place> places) {
		Map<Long, Integer> free = new HashMap<>();
		places.forEach(p -> free.put(p.id(), p.seats()));
		Long[] choice = new Long[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			long cheapest = FORBIDDEN;
			for (Place place : places) {
				long cost = cost(pairs.get(i)[0], place) + cost(pairs.get(i)[1], place);
				if (free.get(place.id()) >= 2 && cost < cheapest) {
					cheapest = cost;
					choice[i] = place.id();
				}
			}
			if (choice[i] != null) {
				free.merge(choice[i], -2, Integer::sum);
			}
		}
		return choice;
	}

	/** The pairs at the chosen places (null: apart), everyone else by the assignment; kept if cheapest so far. */
	private static void tryChoice(List<Candidate[]> pairs, Long[] choice, List<Candidate> doctors, List<Place> places,
			Best best) {
		Map<Long, Integer> free = new HashMap<>();
		places.forEach(p -> free.put(p.id(), p.seats()));
		Map<Long, Long> placement = new HashMap<>();
		var placed = new java.util.HashSet<Long>();
		long total = 0;
		for (int i = 0; i < pairs.size(); i++) {
			if (choice[i] == null) {
				total += APART;
				continue;
			}
			if (free.merge(choice[i], -2, Integer::sum) < 0) {
				return;
			}
			for (Candidate d : pairs.get(i)) {
				placement.put(d.id(), choice[i]);
				placed.add(d.id());
				total += cost(d, byPlace(places, choice[i]));
			}
		}
		List<Candidate> singles = doctors.stream().filter(d -> !placed.contains(d.id())).toList();
		List<Place> seats = new ArrayList<>();
		for (Place place : places) {
			for (int s = 0; s < free.get(place.id()); s++) {
				seats.add(place);
			}
		}
		long[][] cost = new long[singles.size()][seats.size() + singles.size()];
		for (int r = 0; r < singles.size(); r++) {
			for (int c = 0; c < cost[r].length; c++) {
				cost[r][c] = c < seats.size() ? cost(singles.get(r), seats.get(c)) : UNPLACED;
			}
		}
		int[] columns = MinimumCostAssignment.solve(cost);
		for (int r = 0; r < singles.size(); r++) {
			total += cost[r][columns[r]];
			placement.put(singles.get(r).id(), columns[r] < seats.size() ? seats.get(columns[r]).id() : null);
		}
		if (total < best.total) {
			best.total = total;
			best.placement = placement;
		}
	}

	private static Place byPlace(List<Place> places, long id) {
		return places.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	private static boolean allowed(Candidate doctor, Place place) {
		return !(doctor.cannotDrive() && place.needsCar());
	}

	static long cost(Candidate doctor, Place place) {
		if (!allowed(doctor, place)) {
			return FORBIDDEN;
		}
		Integer rank = doctor.ranks().get(place.id());
		return rank == null ? UNRANKED : rank;
	}

	private static final class Best {

		long total = Long.MAX_VALUE;

		Map<Long, Long> placement = Map.of();

	}

}
