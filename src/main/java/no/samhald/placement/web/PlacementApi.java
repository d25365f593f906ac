package no.samhald.placement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.placement.Allocation;
import no.samhald.placement.PlaceOffer;
import no.samhald.placement.PlacementAllocations;
import no.samhald.placement.PlacementRound;
import no.samhald.placement.PlacementRounds;

/**
 * LIS1 rounds as JSON: public with the places offered; for the round's allocators also the
 * current (or approved) allocation with the rank each doctor gave their place.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/placement-rounds")
@Tag(name = "Placement", description = "LIS1 rounds, places offered and, for allocators, the allocation")
record PlacementApi(PlacementRounds rounds, PlacementAllocations allocations) {

	@GetMapping
	@Operation(summary = "The community's LIS1 rounds, newest first, with the number of places per municipality")
	List<RoundJson> rounds(Community community) {
		return rounds.all(community.id()).stream().map(r -> RoundJson.of(r, rounds.seatsPerMunicipality(community.id(), r))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One round: its places and, for its allocators, the allocation with the rank each doctor got")
	RoundDetailJson round(Community community, @PathVariable long id) {
		PlacementRound round = rounds.get(community.id(), id);
		Map<Long, String> names = rounds.partnerNames(community.id());
		List<PlaceJson> places = rounds.offers(round).stream().map(o -> PlaceJson.of(o, names)).toList();
		AllocationJson allocation = rounds.isAllocator(community, round)
				? allocations.current(community, round).map(AllocationJson::of).orElse(null) : null;
		return new RoundDetailJson(RoundJson.of(round, rounds.seatsPerMunicipality(community.id(), round)), places,
				allocation);
	}

	record RoundJson(long id, String name, LocalDate serviceStart, LocalDate serviceEnd, LocalDate offersDue,
			LocalDate wishesDue, boolean approved, Map<String, Integer> placesPerMunicipality) {

		static RoundJson of(PlacementRound r, Map<String, Integer> seats) {
			return new RoundJson(r.id(), r.name(), r.serviceStart(), r.serviceEnd(), r.offersDue(), r.wishesDue(),
					r.isApproved(), seats);
		}

	}

	record PlaceJson(long id, long municipalityId, String municipality, int places, String serviceSite,
			String supervisor, boolean housing, boolean needsCar) {

		static PlaceJson of(PlaceOffer o, Map<Long, String> names) {
			return new PlaceJson(o.id(), o.partnerId(), names.get(o.partnerId()), o.seats(), o.serviceSite(),
					o.supervisor(), o.housing(), o.needsCar());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RoundDetailJson(RoundJson round, List<PlaceJson> places, AllocationJson allocation) {
	}

	record AllocationJson(int version, String kind, Allocation.Totals totals, List<PlacedJson> doctors) {

		static AllocationJson of(Allocation a) {
			return new AllocationJson(a.number(), a.kind(), a.totals(), a.rows().stream()
				.map(r -> new PlacedJson(r.doctor().id(), r.doctor().name(), r.offer() == null ? null : r.offer().id(),
						r.rank()))
				.toList());
		}

	}

	record PlacedJson(long doctorId, String name, Long placeId, Integer rank) {
	}

}
