package no.samhald.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The texts of agreements as numbered sections: a draft that a coordinator starts from the
 * version in force, edits or imports from Word and adopts; adopted versions are read-only; any
 * two versions compared word by word. Every method is scoped by the community's id.
 */
@Service
public class AgreementTexts {

	private final Agreements agreements;

	private final AgreementVersionRepository versions;

	private final AdoptingCases cases;

	private final Access access;

	private final AuditLog audit;

	AgreementTexts(Agreements agreements, AgreementVersionRepository versions, AdoptingCases cases, Access access,
			AuditLog audit) {
		this.agreements = agreements;
		this.versions = versions;
		this.cases = cases;
		this.access = access;
		this.audit = audit;
	}

	/** A version of the agreement; a version of another agreement (or community) is not found. */
	public AgreementVersion version(long communityId, long agreementId, long versionId) {
		agreements.get(communityId, agreementId);
		return versions.findById(versionId)
			.filter(v -> v.agreementId() == agreementId)
			.orElseThrow(() -> new NotFoundException("agreement version", versionId));
	}

	/** The draft being worked on, if any: there is at most one at a time. */
	public Optional<AgreementVersion> draft(long communityId, long agreementId) {
		return agreements.versions(communityId, agreementId).stream().filter(AgreementVersion::isDraft).findFirst();
	}

	/** Starts a draft from the sections of the version in force (or empty), for the coordinator to revise. */
	@Transactional
	public AgreementVersion startDraft(Community community, long agreementId, String label) {
		access.requireCoordinator(community.slug());
		if (draft(community.id(), agreementId).isPresent()) {
			throw new InvalidInputException("label", "agreement.draft.exists");
		}
		String name = agreements.checkNewLabel(community.id(), agreementId, label);
		List<AgreementSection> start = agreements.versionInForce(community.id(), agreementId)
			.map(AgreementVersion::sectionsOrText)
			.orElse(List.of());
		AgreementVersion saved = versions.save(new AgreementVersion(null, agreementId, name, null, "", "", "", null,
				start, 0));
		audit.record(community.slug(), "agreement.draft.started", "agreement " + agreementId, name);
		return saved;
	}

	/**
	 * Replaces the sections of a draft, unless someone else saved it since {@code seenVersion}
	 * (then OptimisticLockingFailureException). Adopted versions are read-only.
	 */
	@Transactional
	public AgreementVersion saveSections(Community community, long agreementId, long versionId,
			List<AgreementSection> sections, int seenVersion) {
		access.requireCoordinator(community.slug());
		AgreementVersion draft = editable(community, agreementId, versionId);
		SectionRules.check(sections);
		if (draft.version() != seenVersion) {
			throw new OptimisticLockingFailureException("agreement version " + versionId + " is at version "
					+ draft.version() + ", not " + seenVersion);
		}
		AgreementVersion saved = versions.save(draft.withSections(sections, seenVersion));
		audit.record(community.slug(), "agreement.sections.saved", "agreement " + agreementId,
				draft.label() + ": " + sections.size() + " sections");
		return saved;
	}

	/** Replaces the sections of a draft with those of a Word document; all or nothing. */
	@Transactional
	public AgreementVersion importDocx(Community community, long agreementId, long versionId, byte[] content,
			int seenVersion) {
		access.requireCoordinator(community.slug());
		editable(community, agreementId, versionId);
		return saveSections(community, agreementId, versionId, DocxSections.read(content), seenVersion);
	}

	/** The draft becomes the version in force, adopted on the given day, optionally by a case. */
	@Transactional
	public AgreementVersion adoptDraft(Community community, long agreementId, long versionId, AdoptDraft adoption) {
		access.requireCoordinator(community.slug());
		AgreementVersion draft = editable(community, agreementId, versionId);
		agreements.checkAdoptionDate(adoption.adoptedOn());
		cases.check(community, adoption.caseId());
		if (draft.version() != adoption.version()) {
			throw new OptimisticLockingFailureException("agreement version " + versionId + " changed");
		}
		AgreementVersion saved = versions.save(new AgreementVersion(draft.id(), agreementId, draft.label(),
				adoption.adoptedOn(), Objects.requireNonNullElse(adoption.adoptedBy(), "").strip(),
				Objects.requireNonNullElse(adoption.changeSummary(), "").strip(), draft.text(), adoption.caseId(),
				draft.sections(), adoption.version()));
		agreements.nowInForce(community.id(), agreementId);
		audit.record(community.slug(), "agreement.adopted", "agreement " + agreementId, draft.label());
		return saved;
	}

	/** Section by section, what changed from one version to the other (in either order of time). */
	public VersionComparison compare(long communityId, long agreementId, long fromId, long toId) {
		return VersionComparison.of(version(communityId, agreementId, fromId),
				version(communityId, agreementId, toId));
	}

	private AgreementVersion editable(Community community, long agreementId, long versionId) {
		AgreementVersion version = version(community.id(), agreementId, versionId);
		if (!version.isDraft()) {
			throw new InvalidInputException(null, "agreement.sections.readOnly");
		}
		return version;
	}

}
