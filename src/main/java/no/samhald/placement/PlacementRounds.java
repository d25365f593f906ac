package no.samhald.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The LIS1 rounds of a community and the municipalities' offers of places. The coordinator keeps
 * the rounds and chooses their allocators; a municipality's contact (or a coordinator) offers its
 * places. Rounds and the number of places per municipality are public.
 */
@Service
public class PlacementRounds {

	private final RoundRepository rounds;

	private final OfferRepository offers;

	private final AllocationStore store;

	private final Allocators allocators;

	private final Partners partners;

	private final People people;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	PlacementRounds(RoundRepository rounds, OfferRepository offers, AllocationStore store, Allocators allocators,
			Partners partners, People people, Access access, AuditLog audit, Clock clock) {
		this.rounds = rounds;
		this.offers = offers;
		this.store = store;
		this.allocators = allocators;
		this.partners = partners;
		this.people = people;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<PlacementRound> all(long communityId) {
		return rounds.findByCommunityIdOrderByServiceStartDescIdDesc(communityId);
	}

	public PlacementRound get(long communityId, long id) {
		return rounds.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("placement round", id));
	}

	public boolean isAllocator(Community community, PlacementRound round) {
		return allocators.isAllocator(community.slug(), round);
	}

	/** The persons who allocate the round besides the coordinators. */
	public List<Person> allocatorsOf(Community community, PlacementRound round) {
		List<Long> ids = store.allocators(round.id());
		return people.all(community.id()).stream().filter(p -> ids.contains(p.id())).toList();
	}

	public List<Long> allocatorIds(PlacementRound round) {
		return store.allocators(round.id());
	}

	public List<Person> people(long communityId) {
		return people.all(communityId);
	}

	@Transactional
	public PlacementRound create(Community community, SaveRound round) {
		access.requireCoordinator(community.slug());
		check(community, round);
		PlacementRound saved = rounds.save(new PlacementRound(null, community.id(), round.name().strip(),
				round.serviceStart(), round.serviceEnd(), round.offersDue(), round.wishesDue(), null, null, null, 0));
		store.replaceAllocators(saved.id(), allocatorIds(round));
		audit.record(community.slug(), "placement.round.created", "placement round " + saved.id(), saved.name());
		return saved;
	}

	/** Saves the round if nobody else did since {@code round.version()}; else Spring's optimistic-lock failure. */
	@Transactional
	public PlacementRound update(Community community, long id, SaveRound round) {
		access.requireCoordinator(community.slug());
		PlacementRound current = get(community.id(), id);
		check(community, round);
		PlacementRound saved = rounds.save(current.with(round));
		store.replaceAllocators(id, allocatorIds(round));
		audit.record(community.slug(), "placement.round.changed", "placement round " + id, saved.name());
		return saved;
	}

	/** The municipalities of the community, who offer places. */
	public List<Partner> municipalities(long communityId) {
		return partners.all(communityId).stream().filter(Partner::isMunicipality).toList();
	}

	public Map<Long, String> partnerNames(long communityId) {
		return partners.all(communityId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
	}

	/** The municipalities the signed-in person may offer places for: all for a coordinator, else those they are a contact of. */
	public List<Partner> municipalitiesActedFor(Community community) {
		return municipalities(community.id()).stream()
			.filter(p -> access.canActForPartner(community.slug(), p.id()))
			.toList();
	}

	public List<PlaceOffer> offers(PlacementRound round) {
		return offers.findByRoundIdOrderById(round.id());
	}

	/** The public view of a round: the number of places per municipality, in the municipalities' order. */
	public Map<String, Integer> seatsPerMunicipality(long communityId, PlacementRound round) {
		Map<Long, Integer> seats = offers(round).stream()
			.collect(Collectors.groupingBy(PlaceOffer::partnerId, Collectors.summingInt(PlaceOffer::seats)));
		Map<String, Integer> byName = new LinkedHashMap<>();
		municipalities(communityId).stream()
			.filter(p -> seats.containsKey(p.id()))
			.forEach(p -> byName.put(p.name(), seats.get(p.id())));
		return byName;
	}

	/** The partner's offers in the round, for its contact or a coordinator; 404 for a partner that is not a municipality. */
	public List<PlaceOffer> offersOf(Community community, PlacementRound round, long partnerId) {
		requireMunicipalityActedFor(community, partnerId);
		return offers(round).stream().filter(o -> o.partnerId() == partnerId).toList();
	}

	public PlaceOffer offer(Community community, PlacementRound round, long partnerId, long offerId) {
		return offersOf(community, round, partnerId).stream()
			.filter(o -> o.id() == offerId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("placement offer", offerId));
	}

	@Transactional
	public PlaceOffer offer(Community community, PlacementRound round, long partnerId, SaveOffer offer) {
		requireMunicipalityActedFor(community, partnerId);
		requireOpen(round);
		check(offer);
		PlaceOffer saved = offers.save(new PlaceOffer(null, round.id(), partnerId, 0, "", null, false, false, null, 0)
			.with(offer));
		audit.record(community.slug(), "placement.offer.created", "placement offer " + saved.id(),
				saved.seats() + " × " + saved.serviceSite());
		return saved;
	}

	@Transactional
	public PlaceOffer update(Community community, PlacementRound round, long partnerId, long offerId, SaveOffer offer) {
		PlaceOffer current = offer(community, round, partnerId, offerId);
		requireOpen(round);
		check(offer);
		PlaceOffer saved = offers.save(current.with(offer));
		audit.record(community.slug(), "placement.offer.changed", "placement offer " + offerId,
				saved.seats() + " × " + saved.serviceSite());
		return saved;
	}

	private void requireMunicipalityActedFor(Community community, long partnerId) {
		access.requireActingForPartner(community.slug(), partnerId);
		if (!partners.get(community.id(), partnerId).isMunicipality()) {
			throw new NotFoundException("municipality", partnerId);
		}
	}

	static void requireOpen(PlacementRound round) {
		if (round.isApproved()) {
			throw new ConflictException("placement.round.closed", "placement round " + round.id() + " is approved");
		}
	}

	private List<Long> allocatorIds(SaveRound round) {
		return round.allocatorPersonIds() == null ? List.of() : round.allocatorPersonIds();
	}

	private void check(Community community, SaveRound r) {
		var problems = new ArrayList<FieldProblem>();
		if (Text.isBlank(r.name())) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else if (r.name().strip().length() > 200) {
			problems.add(new FieldProblem("name", "placement.tooLong", 200));
		}
		required(problems, "serviceStart", r.serviceStart());
		required(problems, "serviceEnd", r.serviceEnd());
		required(problems, "offersDue", r.offersDue());
		required(problems, "wishesDue", r.wishesDue());
		if (r.serviceStart() != null && r.serviceEnd() != null && !r.serviceEnd().isAfter(r.serviceStart())) {
			problems.add(new FieldProblem("serviceEnd", "placement.round.endBeforeStart"));
		}
		if (r.offersDue() != null && r.wishesDue() != null && r.wishesDue().isBefore(r.offersDue())) {
			problems.add(new FieldProblem("wishesDue", "placement.round.wishesBeforeOffers"));
		}
		if (r.wishesDue() != null && r.serviceStart() != null && !r.wishesDue().isBefore(r.serviceStart())) {
			problems.add(new FieldProblem("wishesDue", "placement.round.wishesAfterStart"));
		}
		Set<Long> known = people.all(community.id()).stream().map(Person::id).collect(Collectors.toSet());
		if (!known.containsAll(allocatorIds(r))) {
			problems.add(new FieldProblem("allocatorPersonIds", "validation.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void check(SaveOffer o) {
		var problems = new ArrayList<FieldProblem>();
		if (o.seats() == null) {
			problems.add(new FieldProblem("seats", "validation.required"));
		}
		else if (o.seats() < 1 || o.seats() > 20) {
			problems.add(new FieldProblem("seats", "placement.offer.seats.range", 1, 20));
		}
		if (Text.isBlank(o.serviceSite())) {
			problems.add(new FieldProblem("serviceSite", "validation.required"));
		}
		text(problems, "serviceSite", o.serviceSite(), 200);
		text(problems, "supervisor", o.supervisor(), 200);
		text(problems, "notes", o.notes(), 2000);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void required(List<FieldProblem> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
	}

	/** Offers are mailed and printed: no identity numbers in them. */
	static void text(List<FieldProblem> problems, String field, String text, int max) {
		if (text == null) {
			return;
		}
		if (text.strip().length() > max) {
			problems.add(new FieldProblem(field, "placement.tooLong", max));
		}
		else if (IdentityNumbers.containsOne(text)) {
			problems.add(new FieldProblem(field, "placement.identityNumber"));
		}
	}

}
