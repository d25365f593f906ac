package no.samhald.placement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.SecretTokens;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The LIS1 doctors of a round, entered one by one or imported from CSV by an allocator, and their
 * wishes, which each doctor gives through a personal link. A doctor's name, e-mail and wishes are
 * shown only to the allocators and, through the link, to the doctor.
 */
@Service
public class PlacementDoctors {

	private final DoctorRepository doctors;

	private final PlacementRounds rounds;

	private final AllocationStore store;

	private final Allocators allocators;

	private final AuditLog audit;

	PlacementDoctors(DoctorRepository doctors, PlacementRounds rounds, AllocationStore store, Allocators allocators,
			AuditLog audit) {
		this.doctors = doctors;
		this.rounds = rounds;
		this.store = store;
		this.allocators = allocators;
		this.audit = audit;
	}

	/** The doctors of the round, for its allocators. */
	public List<Lis1Doctor> of(Community community, PlacementRound round) {
		allocators.require(community.slug(), round);
		return doctors.findByRoundIdOrderById(round.id());
	}

	/** Each doctor's ranks by offer id, for the allocators. */
	public Map<Long, Map<Long, Integer>> wishes(Community community, PlacementRound round) {
		return of(community, round).stream().collect(Collectors.toMap(Lis1Doctor::id, d -> store.wishes(d.id())));
	}

	@Transactional
	public DoctorLink add(Community community, PlacementRound round, String name, String email) {
		List<DoctorLink> added = addAll(community, round, List.<String[]>of(new String[] { Text.strippedOrEmpty(name), Text.strippedOrEmpty(email) }), false);
		return added.get(0);
	}

	/**
	 * Imports doctors from CSV, one per line: name and e-mail separated by a comma or semicolon; a
	 * first line without an e-mail is a header. All or nothing: with any bad line nothing is stored
	 * and every problem is told with its line number.
	 */
	@Transactional
	public List<DoctorLink> importCsv(Community community, PlacementRound round, String csv) {
		List<String[]> lines = new ArrayList<>();
		String[] rows = (csv == null ? "" : csv).split("\\R");
		for (String row : rows) {
			lines.add(row.split("[;,]", -1));
		}
		if (!lines.isEmpty() && lines.get(0).length >= 2 && !lines.get(0)[1].contains("@")) {
			lines.set(0, null);
		}
		return addAll(community, round, lines, true);
	}

	/** A new personal link for the doctor; the old one stops working. */
	@Transactional
	public DoctorLink newLink(Community community, PlacementRound round, long doctorId) {
		Lis1Doctor doctor = of(community, round).stream()
			.filter(d -> d.id() == doctorId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("placement doctor", doctorId));
		String token = SecretTokens.newToken();
		Lis1Doctor saved = doctors.save(doctor.withTokenHash(SecretTokens.hash(token)));
		audit.record(community.slug(), "placement.doctor.link", "placement doctor " + doctorId, "new link");
		return new DoctorLink(saved, token);
	}

	/** What the holder of the link sees: their own wishes in their round, else a {@link NotFoundException}. */
	public DoctorWishes byLink(Community community, String token) {
		Lis1Doctor doctor = doctors.findByTokenHash(SecretTokens.hash(token == null ? "" : token))
			.orElseThrow(() -> new NotFoundException("placement link", "?"));
		PlacementRound round = rounds.get(community.id(), doctor.roundId());
		return new DoctorWishes(round, doctor, rounds.offers(round), rounds.partnerNames(community.id()),
				store.wishes(doctor.id()), round.takesWishes(rounds.today()));
	}

	/**
	 * Saves the wishes of the link's holder. Refuses a wish after the deadline, a place not in the
	 * round, a rank given twice or out of range, and a partner who is not a doctor of the round.
	 */
	@Transactional
	public Lis1Doctor saveWishes(Community community, String token, SaveWishes wishes) {
		DoctorWishes current = byLink(community, token);
		if (!current.open()) {
			throw new ConflictException("placement.wish.late", "wishes for round " + current.round().id() + " closed");
		}
		check(current, wishes);
		Lis1Doctor saved = doctors.save(current.doctor().withWishes(wishes.cannotDrive(),
				Text.strippedOrNull(wishes.togetherWith()), Instant.now(), wishes.version()));
		store.replaceWishes(saved.id(), wishes.ranks());
		audit.recordAs("placement link", community.slug(), "placement.wishes.saved", "placement doctor " + saved.id(),
				wishes.ranks().size() + " ranked");
		return saved;
	}

	/** The doctor named as partner, matched by name among the other doctors of the round. */
	public Long partnerOf(Lis1Doctor doctor, List<Lis1Doctor> all) {
		if (Text.isBlank(doctor.togetherWith())) {
			return null;
		}
		String wanted = doctor.togetherWith().strip().toLowerCase(Locale.ROOT);
		return all.stream()
			.filter(d -> d.id().longValue() != doctor.id() && d.name().toLowerCase(Locale.ROOT).equals(wanted))
			.map(Lis1Doctor::id)
			.findFirst()
			.orElse(null);
	}

	private void check(DoctorWishes current, SaveWishes wishes) {
		var problems = new ArrayList<FieldProblem>();
		Set<Long> places = current.places().stream().map(PlaceOffer::id).collect(Collectors.toSet());
		Set<Integer> ranks = new HashSet<>();
		wishes.ranks().forEach((offer, rank) -> {
			if (!places.contains(offer)) {
				problems.add(new FieldProblem("ranks", "placement.wish.unknownPlace"));
			}
			else if (rank == null || rank < 1 || rank > places.size()) {
				problems.add(new FieldProblem("ranks", "placement.wish.rankRange", places.size()));
			}
			else if (!ranks.add(rank)) {
				problems.add(new FieldProblem("ranks", "placement.wish.duplicateRank", rank));
			}
		});
		if (!Text.isBlank(wishes.togetherWith())) {
			var probe = current.doctor().withWishes(false, wishes.togetherWith(), null, 0);
			if (partnerOf(probe, doctors.findByRoundIdOrderById(current.round().id())) == null) {
				problems.add(new FieldProblem("togetherWith", "placement.wish.togetherUnknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private List<DoctorLink> addAll(Community community, PlacementRound round, List<String[]> lines, boolean numbered) {
		allocators.require(community.slug(), round);
		PlacementRounds.requireOpen(round);
		String field = numbered ? "csv" : null;
		var problems = new ArrayList<FieldProblem>();
		Set<String> emails = doctors.findByRoundIdOrderById(round.id()).stream()
			.map(d -> d.email().toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(HashSet::new));
		List<String[]> valid = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String[] line = lines.get(i);
			if (line == null || (line.length == 1 && line[0].isBlank())) {
				continue;
			}
			Object at = i + 1;
			String name = line.length > 0 ? line[0].strip() : "";
			String email = line.length > 1 ? line[1].strip() : "";
			if (line.length > 2 && numbered) {
				problems.add(new FieldProblem(field, "placement.csv.columns", at));
			}
			else if (name.isEmpty() || name.length() > 200) {
				problems.add(new FieldProblem(numbered ? field : "name", numbered ? "placement.csv.name" : "validation.required", at));
			}
			else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				problems.add(new FieldProblem(numbered ? field : "email", numbered ? "placement.csv.email" : "placement.doctor.emailInvalid", at));
			}
			else if (!emails.add(email.toLowerCase(Locale.ROOT))) {
				problems.add(new FieldProblem(numbered ? field : "email", numbered ? "placement.csv.duplicate" : "placement.doctor.duplicate", at));
			}
			else {
				valid.add(new String[] { name, email });
			}
		}
		if (numbered && problems.isEmpty() && valid.isEmpty()) {
			problems.add(new FieldProblem(field, "placement.csv.empty"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<DoctorLink> added = new ArrayList<>();
		for (String[] doctor : valid) {
			String token = SecretTokens.newToken();
			Lis1Doctor saved = doctors.save(new Lis1Doctor(null, round.id(), doctor[0], doctor[1],
					SecretTokens.hash(token), false, null, null, 0));
			added.add(new DoctorLink(saved, token));
		}
		audit.record(community.slug(), "placement.doctors.added", "placement round " + round.id(),
				added.size() + " doctors");
		return added;
	}

}
