package no.samhald.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.partnership.Forums;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The agreement structure of a community: agreements, their adopted versions and each
 * partner's implementation. Every method is scoped by the community's id.
 */
@Service
public class Agreements {

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final ImplementationRepository implementations;

	private final Partners partners;

	private final Forums forums;

	private final AuditLog audit;

	private final Clock clock;

	Agreements(AgreementRepository agreements, AgreementVersionRepository versions,
			ImplementationRepository implementations, Partners partners, Forums forums, AuditLog audit, Clock clock) {
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

	/** Adopted versions, newest first. */
	public List<AgreementVersion> versions(long communityId, long id) {
		get(communityId, id);
		return versions.findByAgreementIdOrderByAdoptedOnDesc(id);
	}

	public Optional<AgreementVersion> versionInForce(long communityId, long id) {
		return versions(communityId, id).stream().findFirst();
	}

	@Transactional
	public Agreement create(long communityId, String communitySlug, AgreementDetails d) {
		checkForum(communityId, d);
		Agreement saved = agreements.save(toAgreement(null, communityId, d, 0));
		audit.record(communitySlug, "agreement.created", "agreement " + saved.id(), saved.title());
		return saved;
	}

	/** Saves unless someone else saved since {@code d.getVersion()} (then OptimisticLockingFailureException). */
	@Transactional
	public Agreement update(long communityId, String communitySlug, long id, AgreementDetails d) {
		Agreement current = get(communityId, id);
		checkForum(communityId, d);
		Agreement saved = agreements.save(toAgreement(id, communityId, d, d.getVersion()));
		audit.record(communitySlug, "agreement.updated", "agreement " + id, String.join(", ", d.fieldsChangedIn(current)));
		return saved;
	}

	/** Records a newly adopted text; it becomes the version in force and the agreement is in force again. */
	@Transactional
	public AgreementVersion adopt(long communityId, String communitySlug, long id, VersionDetails d) {
		Agreement agreement = get(communityId, id);
		String label = d.getLabel().strip();
		if (versions.findByAgreementIdOrderByAdoptedOnDesc(id).stream().anyMatch(v -> v.label().equalsIgnoreCase(label))) {
			throw new InvalidInputException("label", "agreement.version.label.taken", label);
		}
		if (d.getAdoptedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("adoptedOn", "agreement.version.adoptedOn.future");
		}
		AgreementVersion saved = versions.save(new AgreementVersion(null, id, label, d.getAdoptedOn(),
				Objects.requireNonNullElse(d.getAdoptedBy(), "").strip(),
				Objects.requireNonNullElse(d.getChangeSummary(), "").strip(), Objects.requireNonNullElse(d.getText(), "")));
		if (agreement.status() != AgreementStatus.IN_FORCE) {
			agreements.save(new Agreement(agreement.id(), agreement.communityId(), agreement.kind(), agreement.number(),
					agreement.title(), agreement.summary(), AgreementStatus.IN_FORCE, agreement.revisionForumId(),
					agreement.reviewDue(), agreement.version()));
		}
		audit.record(communitySlug, "agreement.adopted", "agreement " + id, label);
		return saved;
	}

	/** Every municipality and health trust of the community with its implementation of the agreement. */
	public List<PartnerImplementation> implementation(long communityId, long id) {
		get(communityId, id);
		Map<Long, Implementation> byPartner = implementations.findByAgreementId(id).stream()
			.collect(Collectors.toMap(Implementation::partnerId, Function.identity()));
		return implementingPartners(communityId).stream().map(p -> {
			Implementation i = byPartner.get(p.id());
			return i == null ? new PartnerImplementation(p.id(), p.name(), ImplementationStatus.NOT_STARTED, "", null)
					: new PartnerImplementation(p.id(), p.name(), i.status(), i.note(), i.updatedOn());
		}).toList();
	}

	@Transactional
	public void recordImplementation(long communityId, String communitySlug, long id, long partnerId,
			ImplementationStatus status, String note) {
		get(communityId, id);
		if (implementingPartners(communityId).stream().noneMatch(p -> p.id() == partnerId)) {
			throw new InvalidInputException("partnerId", "validation.unknown");
		}
		var existing = implementations.findByAgreementIdAndPartnerId(id, partnerId);
		implementations.save(new Implementation(existing.map(Implementation::id).orElse(null), id, partnerId, status,
				Objects.requireNonNullElse(note, "").strip(), LocalDate.now(clock),
				existing.map(Implementation::version).orElse(0)));
		audit.record(communitySlug, "agreement.implementation", "agreement " + id, "partner " + partnerId + ": " + status);
	}

	/** The share of implementing partners that have implemented each agreement, for the overview. */
	public Map<Long, Long> implementedCounts(long communityId) {
		List<Long> ids = all(communityId).stream().map(Agreement::id).toList();
		List<Implementation> all = ids.isEmpty() ? List.of() : implementations.findByAgreementIdIn(ids);
		Map<Long, Long> counts = all.stream()
			.filter(i -> i.status() == ImplementationStatus.IMPLEMENTED)
			.collect(Collectors.groupingBy(Implementation::agreementId, Collectors.counting()));
		ids.forEach(id -> counts.putIfAbsent(id, 0L));
		return counts;
	}

	public int implementingPartnerCount(long communityId) {
		return implementingPartners(communityId).size();
	}

	private List<Partner> implementingPartners(long communityId) {
		return partners.all(communityId).stream()
			.filter(p -> p.type() == PartnerType.MUNICIPALITY || p.type() == PartnerType.HEALTH_TRUST)
			.toList();
	}

	private void checkForum(long communityId, AgreementDetails d) {
		if (d.getRevisionForumId() != null
				&& forums.all(communityId).stream().noneMatch(f -> f.id().equals(d.getRevisionForumId()))) {
			throw new InvalidInputException("revisionForumId", "validation.unknown");
		}
	}

	private static Agreement toAgreement(Long id, long communityId, AgreementDetails d, int version) {
		return new Agreement(id, communityId, d.getKind(), d.getNumber(), d.getTitle().strip(),
				Objects.requireNonNullElse(d.getSummary(), "").strip(), d.getStatus(), d.getRevisionForumId(),
				d.getReviewDue(), version);
	}

}
