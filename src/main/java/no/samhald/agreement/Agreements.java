package no.samhald.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/**
 * The agreement structure of a community: agreements, their adopted versions and each
 * partner's implementation. Every method is scoped by the community's id.
 */
@Service
public class Agreements {

	/** The longest note on a partner's implementation: a line in a table, not a report. */
	static final int MAX_NOTE = 1000;

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final ImplementationRepository implementations;

	private final Partners partners;

	private final Forums forums;

	private final AuditLog audit;

	private final Access access;

	private final Clock clock;

	private final AdoptingCases cases;

	Agreements(AgreementRepository agreements, AgreementVersionRepository versions,
			ImplementationRepository implementations, Partners partners, Forums forums, AuditLog audit, Access access,
			Clock clock, AdoptingCases cases) {
		this.cases = cases;
		this.access = access;
		this.agreements = agreements;
		this.versions = versions;
		this.implementations = implementations;
		this.partners = partners;
		this.forums = forums;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Agreement> all(long communityId) {
		return agreements.findByCommunityIdOrderByKindAscNumberAscTitleAsc(communityId);
	}

	public Agreement get(long communityId, long id) {
		return agreements.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("agreement", id));
	}

	/** The versions, the draft (if any) first, then the adopted ones newest first. */
	public List<AgreementVersion> versions(long communityId, long id) {
		get(communityId, id);
		return versions.findByAgreementIdOrderByAdoptedOnDesc(id);
	}

	public Optional<AgreementVersion> versionInForce(long communityId, long id) {
		return versions(communityId, id).stream().filter(v -> !v.isDraft()).findFirst();
	}

	@Transactional
	public Agreement create(Community community, SaveAgreement agreement) {
		access.requireCoordinator(community.slug());
		checkForum(community.id(), agreement);
		Agreement saved = agreements.save(toAgreement(null, community.id(), agreement, 0));
		audit.record(community.slug(), "agreement.created", "agreement " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code agreement.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Agreement update(Community community, long id, SaveAgreement agreement) {
		access.requireCoordinator(community.slug());
		Agreement current = get(community.id(), id);
		checkForum(community.id(), agreement);
		Agreement saved = agreements.save(toAgreement(id, community.id(), agreement, agreement.version()));
		audit.record(community.slug(), "agreement.updated", "agreement " + id,
				String.join(", ", agreement.fieldsChangedIn(current)));
		return saved;
	}

	/** Records a newly adopted text; it becomes the version in force and the agreement is in force again. */
	@Transactional
	public AgreementVersion adopt(Community community, long id, AdoptVersion d) {
		access.requireCoordinator(community.slug());
		String label = checkNewLabel(community.id(), id, d.label());
		checkAdoptionDate(d.adoptedOn());
		cases.check(community, d.caseId());
		AgreementVersion saved = versions.save(new AgreementVersion(null, id, label, d.adoptedOn(),
				Objects.requireNonNullElse(d.adoptedBy(), "").strip(),
				Objects.requireNonNullElse(d.changeSummary(), "").strip(), Objects.requireNonNullElse(d.text(), ""),
				d.caseId(), List.of(), 0));
		nowInForce(community.id(), id);
		audit.record(community.slug(), "agreement.adopted", "agreement " + id, label);
		return saved;
	}

	/** The label stripped, unless another version of the agreement has it already. */
	String checkNewLabel(long communityId, long id, String label) {
		get(communityId, id);
		String name = Objects.requireNonNullElse(label, "").strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("label", "validation.required");
		}
		if (versions.findByAgreementIdOrderByAdoptedOnDesc(id).stream().anyMatch(v -> v.label().equalsIgnoreCase(name))) {
			throw new InvalidInputException("label", "agreement.version.label.taken", name);
		}
		return name;
	}

	void checkAdoptionDate(LocalDate adoptedOn) {
		if (adoptedOn == null) {
			throw new InvalidInputException("adoptedOn", "validation.required");
		}
		if (adoptedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("adoptedOn", "agreement.version.adoptedOn.future");
		}
	}

	/** A newly adopted version ends a revision: the agreement is in force again. */
	void nowInForce(long communityId, long id) {
		Agreement agreement = get(communityId, id);
		if (agreement.status() != AgreementStatus.IN_FORCE) {
			agreements.save(new Agreement(agreement.id(), agreement.communityId(), agreement.kind(), agreement.number(),
					agreement.title(), agreement.summary(), AgreementStatus.IN_FORCE, agreement.revisionForumId(),
					agreement.reviewDue(), agreement.version()));
		}
	}

	/** Every municipality and health trust of the community with its implementation of the agreement. */
	public List<PartnerImplementation> implementation(long communityId, long id) {
		get(communityId, id);
		Map<Long, Implementation> byPartner = implementations.findByAgreementId(id).stream()
			.collect(Collectors.toMap(Implementation::partnerId, Function.identity()));
		return implementingPartners(communityId).stream().map(p -> {
			Implementation i = byPartner.get(p.id());
			return i == null ? new PartnerImplementation(p.id(), p.name(), ImplementationStatus.NOT_STARTED, "", null, 0)
					: new PartnerImplementation(p.id(), p.name(), i.status(), i.note(), i.updatedOn(), i.version());
		}).toList();
	}

	/**
	 * Records a partner's implementation, by the partner's contact or a coordinator, unless someone
	 * else recorded it since the person saw it ({@code implementation.version()}, 0 for nothing
	 * recorded): then OptimisticLockingFailureException. Returns the partner's row as it is now.
	 */
	@Transactional
	public PartnerImplementation recordImplementation(Community community, long id, long partnerId,
			RecordImplementation implementation) {
		access.requireActingForPartner(community.slug(), partnerId);
		get(community.id(), id);
		Partner partner = implementingPartners(community.id()).stream()
			.filter(p -> p.id() == partnerId)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("partnerId", "validation.unknown"));
		checkImplementation(implementation);
		var existing = implementations.findByAgreementIdAndPartnerId(id, partnerId);
		int storedVersion = existing.map(Implementation::version).orElse(0);
		if (storedVersion != implementation.version()) {
			throw new OptimisticLockingFailureException("implementation of agreement " + id + " by partner "
					+ partnerId + " is at version " + storedVersion + ", not " + implementation.version());
		}
		Implementation saved;
		try {
			saved = implementations.save(new Implementation(existing.map(Implementation::id).orElse(null), id,
					partnerId, implementation.status(), Objects.requireNonNullElse(implementation.note(), "").strip(),
					LocalDate.now(clock), storedVersion));
		}
		catch (DuplicateKeyException ex) {
			// Someone recorded the partner's first status at the same moment.
			throw new OptimisticLockingFailureException("implementation recorded concurrently", ex);
		}
		audit.record(community.slug(), "agreement.implementation", "agreement " + id,
				"partner " + partnerId + ": " + implementation.status());
		return new PartnerImplementation(partnerId, partner.name(), saved.status(), saved.note(), saved.updatedOn(),
				saved.version());
	}

	/** The form checks these too; API callers send what they like. */
	private static void checkImplementation(RecordImplementation implementation) {
		var problems = new ArrayList<FieldProblem>();
		if (implementation.status() == null) {
			problems.add(new FieldProblem("status", "validation.required"));
		}
		if (implementation.note() != null && implementation.note().strip().length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "agreement.implementation.note.tooLong", MAX_NOTE));
		}
		else if (implementation.note() != null && IdentityNumbers.containsOne(implementation.note())) {
			problems.add(new FieldProblem("note", "NoIdentityNumber"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The share of implementing partners that have implemented each agreement, for the overview. */
	public Map<Long, Long> implementedCounts(long communityId) {
		List<Long> ids = all(communityId).stream().map(Agreement::id).toList();
		List<Long> implemented = ids.isEmpty() ? List.of() : implementations.findImplementedAgreementIds(ids);
		Map<Long, Long> counts = implemented.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		ids.forEach(id -> counts.putIfAbsent(id, 0L));
		return counts;
	}

	/** Every agreement against every implementing partner, for the matrix page. */
	public ImplementationMatrix implementationMatrix(long communityId) {
		List<Agreement> all = all(communityId);
		List<Partner> implementers = implementingPartners(communityId);
		Map<Long, Map<Long, ImplementationStatus>> recorded = all.isEmpty() ? Map.of()
				: implementations.findByAgreementIdIn(all.stream().map(Agreement::id).toList()).stream()
					.collect(Collectors.groupingBy(Implementation::agreementId,
							Collectors.toMap(Implementation::partnerId, Implementation::status)));
		return new ImplementationMatrix(implementers, all.stream()
			.map(a -> new ImplementationMatrix.Row(a, implementers.stream()
				.map(p -> recorded.getOrDefault(a.id(), Map.of()).getOrDefault(p.id(), ImplementationStatus.NOT_STARTED))
				.toList()))
			.toList());
	}

	public int implementingPartnerCount(long communityId) {
		return implementingPartners(communityId).size();
	}

	private List<Partner> implementingPartners(long communityId) {
		return partners.all(communityId).stream()
			.filter(p -> p.type() == PartnerType.MUNICIPALITY || p.type() == PartnerType.HEALTH_TRUST)
			.toList();
	}

	private void checkForum(long communityId, SaveAgreement d) {
		if (d.revisionForumId() != null
				&& forums.all(communityId).stream().noneMatch(f -> f.id().equals(d.revisionForumId()))) {
			throw new InvalidInputException("revisionForumId", "validation.unknown");
		}
	}

	private static Agreement toAgreement(Long id, long communityId, SaveAgreement d, int version) {
		return new Agreement(id, communityId, d.kind(), d.number(), d.title().strip(),
				Objects.requireNonNullElse(d.summary(), "").strip(), d.status(), d.revisionForumId(),
				d.reviewDue(), version);
	}

}
