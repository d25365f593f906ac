package no.samhald.costsplit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.costsplit.LargestRemainder.Part;
import no.samhald.insight.Population;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.project.Projects;

/**
 * The split of a project's shared cost: worked out for a coordinator to look at, and adopted
 * once, after which it stays as it was (basis, year, source, each partner's population) whatever
 * population figures are imported later. Splits are public, like the project's budget.
 */
@Service
public class CostSplits {

	static final String SOURCE_POPULATION = "Statistisk sentralbyrå, tabell 07459: folketal 1. januar %d";

	private final CostSplitRepository repository;

	private final Partners partners;

	private final Projects projects;

	private final Population population;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	CostSplits(CostSplitRepository repository, Partners partners, Projects projects, Population population,
			Access access, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.partners = partners;
		this.projects = projects;
		this.population = population;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The project's adopted split, if any. */
	public Optional<CostSplit> of(long communityId, long projectId) {
		projects.get(communityId, projectId);
		return repository.findByCommunityIdAndProjectId(communityId, projectId);
	}

	/** The years of which SSB's population on 1 January is imported. */
	public List<Integer> years() {
		return population.hasData() ? population.observedYears() : List.of();
	}

	public List<Partner> partners(long communityId) {
		return partners.all(communityId);
	}

	/** Adopts the split for the project, once: a second adoption is a conflict (409). */
	@Transactional
	public CostSplit adopt(Community community, long projectId, AdoptSplit request) {
		access.requireCoordinator(community.slug());
		projects.get(community.id(), projectId);
		if (repository.findByCommunityIdAndProjectId(community.id(), projectId).isPresent()) {
			throw new ConflictException("costsplit.adopted", "project " + projectId + " has an adopted split");
		}
		CostSplit split = repository.save(work(community.id(), projectId, request, access.currentUsername()));
		audit.record(community.slug(), "costsplit.adopted", "project " + projectId,
				split.amount() + " kr, " + split.basis() + (split.year() == null ? "" : " " + split.year()));
		return split;
	}

	/** The split worked out, not stored; refuses with a problem per field. */
	CostSplit work(long communityId, long projectId, AdoptSplit request, String by) {
		var problems = new ArrayList<FieldProblem>();
		if (request.amount() == null || request.amount() <= 0) {
			problems.add(new FieldProblem("amount", "costsplit.amount.positive"));
		}
		if (request.basis() == null) {
			problems.add(new FieldProblem("basis", "validation.required"));
		}
		Map<Long, Partner> known = partners.all(communityId).stream()
			.collect(Collectors.toMap(Partner::id, Function.identity()));
		List<Long> ids = request.partnerIds() == null ? List.of() : request.partnerIds().stream().distinct().toList();
		if (ids.isEmpty()) {
			problems.add(new FieldProblem("partnerIds", "costsplit.partners.none"));
		}
		else if (!known.keySet().containsAll(ids)) {
			problems.add(new FieldProblem("partnerIds", "validation.unknown"));
		}
		if (request.basis() == SplitBasis.POPULATION && (request.year() == null || !years().contains(request.year()))) {
			problems.add(new FieldProblem("year", "costsplit.year.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Partner> chosen = ids.stream().map(known::get).toList();
		List<Part> parts = new ArrayList<>();
		for (Partner partner : chosen) {
			parts.add(new Part(weight(partner, request, problems), partner.municipalityCode()));
		}
		if (problems.isEmpty() && parts.stream().mapToLong(Part::weight).sum() == 0) {
			problems.add(new FieldProblem("keys", "costsplit.keys.zero"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long[] amounts = LargestRemainder.split(request.amount(), parts);
		var shares = new ArrayList<SplitShare>();
		for (int i = 0; i < chosen.size(); i++) {
			Partner partner = chosen.get(i);
			shares.add(new SplitShare(partner.id(), partner.name(), partner.municipalityCode(), parts.get(i).weight(),
					amounts[i]));
		}
		boolean byPopulation = request.basis() == SplitBasis.POPULATION;
		String source = byPopulation ? SOURCE_POPULATION.formatted(request.year())
				: request.basis() == SplitBasis.EQUAL ? "Like delar" : "Fast nøkkel";
		return new CostSplit(null, communityId, projectId, request.amount(), request.basis(),
				byPopulation ? request.year() : null, source, LocalDate.now(clock), by, List.copyOf(shares), 0);
	}

	private long weight(Partner partner, AdoptSplit request, List<FieldProblem> problems) {
		return switch (request.basis()) {
			case EQUAL -> 1;
			case FIXED_KEY -> {
				Long key = request.keys() == null ? null : request.keys().get(partner.id());
				if (key == null || key < 0) {
					problems.add(new FieldProblem("keys[" + partner.id() + "]", "costsplit.key.invalid"));
					yield 0;
				}
				yield key;
			}
			case POPULATION -> {
				if (partner.municipalityCode() == null) {
					problems.add(new FieldProblem("partnerIds", "costsplit.population.notMunicipality", partner.name()));
					yield 0;
				}
				try {
					yield population.observed(partner.municipalityCode(), request.year()).total();
				}
				catch (NotFoundException ex) {
					problems.add(new FieldProblem("year", "costsplit.population.missing", partner.name()));
					yield 0;
				}
			}
		};
	}

}
