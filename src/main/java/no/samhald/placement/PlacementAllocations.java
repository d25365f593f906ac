package no.samhald.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * A round's allocation: the proposal computed by {@link AllocationSolver}, the allocators' moves by
 * hand (each a new version, all kept) and the approval, after which the doctors and municipalities
 * are told ({@link PlacementApproved}). Only the round's allocators see or change it.
 */
@Service
public class PlacementAllocations {

	private final PlacementRounds rounds;

	private final PlacementDoctors doctors;

	private final AllocationStore store;

	private final RoundRepository roundRepository;

	private final Allocators allocators;

	private final Access access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlacementAllocations(PlacementRounds rounds, PlacementDoctors doctors, AllocationStore store,
			RoundRepository roundRepository, Allocators allocators, Access access, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.doctors = doctors;
		this.store = store;
		this.roundRepository = roundRepository;
		this.allocators = allocators;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The newest version, or the approved one once approved; empty before the first proposal. */
	public Optional<Allocation> current(Community community, PlacementRound round) {
		allocators.require(community.slug(), round);
		Optional<AllocationStore.Version> version = round.isApproved()
				? Optional.of(store.version(round.approvedAllocationId())) : store.latest(round.id());
		return version.map(v -> view(community, round, v));
	}

	public List<Allocation.Entry> history(Community community, PlacementRound round) {
		allocators.require(community.slug(), round);
		return store.history(round.id()).stream()
			.map(v -> new Allocation.Entry(v.id(), v.number(), v.madeBy(), v.madeAt(), v.kind(), v.note()))
			.toList();
	}

	/** Computes and stores a new proposal from the wishes as they are now. */
	@Transactional
	public Allocation propose(Community community, PlacementRound round) {
		allocators.require(community.slug(), round);
		PlacementRounds.requireOpen(round);
		List<Lis1Doctor> all = doctors.of(community, round);
		Map<Long, Map<Long, Integer>> wishes = doctors.wishes(community, round);
		var candidates = all.stream()
			.map(d -> new AllocationSolver.Candidate(d.id(), d.cannotDrive(), wishes.get(d.id()), doctors.partnerOf(d, all)))
			.toList();
		var places = rounds.offers(round).stream()
			.map(o -> new AllocationSolver.Place(o.id(), o.seats(), o.needsCar()))
			.toList();
		var saved = store.add(round.id(), access.currentUsername(), clock.instant(), "PROPOSED", null,
				AllocationSolver.solve(candidates, places));
		audit.record(community.slug(), "placement.proposed", "placement round " + round.id(), "version " + saved.number());
		return view(community, round, saved);
	}

	/**
	 * Moves one doctor to another place (or to none) as a new version, based on version
	 * {@code basedOn}: refused if someone changed the allocation since, or if the place is full.
	 */
	@Transactional
	public Allocation move(Community community, PlacementRound round, long doctorId, Long offerId, int basedOn) {
		allocators.require(community.slug(), round);
		PlacementRounds.requireOpen(round);
		AllocationStore.Version latest = store.latest(round.id())
			.orElseThrow(() -> new NotFoundException("placement allocation", round.id()));
		if (latest.number() != basedOn) {
			throw new ConflictException("placement.allocation.changed", "allocation is at " + latest.number());
		}
		if (!latest.placements().containsKey(doctorId)) {
			throw new NotFoundException("placement doctor", doctorId);
		}
		Map<Long, Long> placements = new LinkedHashMap<>(latest.placements());
		placements.put(doctorId, offerId);
		if (offerId != null) {
			PlaceOffer offer = rounds.offers(round).stream()
				.filter(o -> o.id().equals(offerId))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("offerId", "placement.wish.unknownPlace"));
			long taken = placements.values().stream().filter(offerId::equals).count();
			if (taken > offer.seats()) {
				throw new InvalidInputException("offerId", "placement.allocation.full", offer.serviceSite(),
						offer.seats());
			}
		}
		var saved = store.add(round.id(), access.currentUsername(), clock.instant(), "MOVED",
				"doctor " + doctorId + " → " + (offerId == null ? "-" : "offer " + offerId), placements);
		audit.record(community.slug(), "placement.moved", "placement round " + round.id(), "version " + saved.number());
		return view(community, round, saved);
	}

	/** Approves version {@code number} (which must be the newest) and tells everyone their placement. */
	@Transactional
	public PlacementRound approve(Community community, PlacementRound round, int number) {
		allocators.require(community.slug(), round);
		PlacementRounds.requireOpen(round);
		AllocationStore.Version latest = store.latest(round.id())
			.orElseThrow(() -> new NotFoundException("placement allocation", round.id()));
		if (latest.number() != number) {
			throw new ConflictException("placement.allocation.changed", "allocation is at " + latest.number());
		}
		PlacementRound saved = roundRepository
			.save(round.approved(latest.id(), LocalDate.now(clock), access.currentUsername()));
		Allocation approved = view(community, round, latest);
		Map<Long, String> names = rounds.partnerNames(community.id());
		var placed = approved.rows().stream()
			.filter(r -> r.offer() != null)
			.map(r -> new PlacementApproved.Placed(r.doctor().name(), r.doctor().email(), r.offer().partnerId(),
					names.get(r.offer().partnerId()), r.offer().serviceSite()))
			.toList();
		audit.record(community.slug(), "placement.approved", "placement round " + round.id(), "version " + number);
		events.publishEvent(new PlacementApproved(community.id(), round.id(), round.name(), round.serviceStart(),
				round.serviceEnd(), placed));
		return saved;
	}

	private Allocation view(Community community, PlacementRound round, AllocationStore.Version version) {
		List<Lis1Doctor> all = doctors.of(community, round);
		Map<Long, Lis1Doctor> byId = all.stream().collect(Collectors.toMap(Lis1Doctor::id, Function.identity()));
		Map<Long, PlaceOffer> offers = rounds.offers(round).stream()
			.collect(Collectors.toMap(PlaceOffer::id, Function.identity()));
		Map<Long, Map<Long, Integer>> wishes = doctors.wishes(community, round);
		List<Allocation.Row> rows = new ArrayList<>();
		int[] counts = new int[6];
		version.placements().forEach((doctorId, offerId) -> {
			Lis1Doctor doctor = byId.get(doctorId);
			if (doctor == null) {
				return;
			}
			Integer rank = offerId == null ? null : wishes.getOrDefault(doctorId, Map.of()).get(offerId);
			rows.add(new Allocation.Row(doctor, offerId == null ? null : offers.get(offerId), rank));
			counts[offerId == null ? 5 : rank == null ? 4 : Math.min(rank, 4) - 1]++;
		});
		int apart = 0;
		Map<Long, Long> placements = new HashMap<>(version.placements());
		for (Lis1Doctor d : all) {
			Long partner = doctors.partnerOf(d, all);
			if (partner != null && (placements.get(d.id()) == null || !placements.get(d.id()).equals(placements.get(partner)))) {
				apart++;
			}
		}
		return new Allocation(version.id(), version.number(), version.madeBy(), version.madeAt(), version.kind(), rows,
				new Allocation.Totals(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], apart));
	}

}
