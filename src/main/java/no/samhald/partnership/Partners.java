package no.samhald.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;

/** The partners and regions of a community. Every method is scoped by the community's id. */
@Service
public class Partners {

	private final PartnerRepository partners;

	private final RegionRepository regions;

	private final Municipalities municipalities;

	private final AuditLog audit;

	Partners(PartnerRepository partners, RegionRepository regions, Municipalities municipalities, AuditLog audit) {
		this.partners = partners;
		this.regions = regions;
		this.municipalities = municipalities;
		this.audit = audit;
	}

	public List<Partner> all(long communityId) {
		return partners.findByCommunityIdOrderByTypeAscNameAsc(communityId);
	}

	public Partner get(long communityId, long id) {
		return partners.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("partner", id));
	}

	public List<Region> regions(long communityId) {
		return regions.findByCommunityIdOrderByName(communityId);
	}

	public Region region(long communityId, long id) {
		return regions.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("region", id));
	}

	@Transactional
	public Region addRegion(long communityId, String name) {
		return regions.save(new Region(null, communityId, name));
	}

	@Transactional
	public Partner create(long communityId, String communitySlug, PartnerDetails details) {
		check(communityId, null, details);
		Partner saved = partners.save(toPartner(null, communityId, details, 0));
		audit.record(communitySlug, "partner.created", "partner " + saved.id(), saved.name());
		return saved;
	}

	/**
	 * Saves the changes if nobody else saved the partner since {@code details.getVersion()};
	 * otherwise Spring's {@code OptimisticLockingFailureException} tells the caller to show what changed.
	 */
	@Transactional
	public Partner update(long communityId, String communitySlug, long id, PartnerDetails details) {
		Partner current = get(communityId, id);
		check(communityId, id, details);
		Partner saved = partners.save(toPartner(id, communityId, details, details.getVersion()));
		audit.record(communitySlug, "partner.updated", "partner " + id,
				String.join(", ", details.fieldsChangedIn(current)));
		return saved;
	}

	private Partner toPartner(Long id, long communityId, PartnerDetails d, int version) {
		boolean municipality = d.getType() == PartnerType.MUNICIPALITY;
		return new Partner(id, communityId, d.getType(), d.getName().strip(), PartnerDetails.blankToNull(d.getShortName()),
				municipality ? d.getMunicipalityCode().strip() : null, d.getRegionId(),
				d.getWrittenLanguage() == null ? WrittenLanguage.NN : d.getWrittenLanguage(), d.getParentId(),
				Objects.requireNonNullElse(d.getDescription(), "").strip(), version);
	}

	private void check(long communityId, Long id, PartnerDetails d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.getName() == null || d.getName().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else {
			partners.findByCommunityIdAndNameIgnoreCase(communityId, d.getName().strip())
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new FieldProblem("name", "partner.name.taken")));
		}
		if (d.getType() == null) {
			problems.add(new FieldProblem("type", "validation.required"));
		}
		else if (d.getType() == PartnerType.MUNICIPALITY) {
			checkMunicipalityCode(communityId, id, d.getMunicipalityCode(), problems);
		}
		if (d.getRegionId() != null && regions.findByIdAndCommunityId(d.getRegionId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("regionId", "validation.unknown"));
		}
		if (d.getParentId() != null && (d.getParentId().equals(id)
				|| partners.findByIdAndCommunityId(d.getParentId(), communityId).isEmpty())) {
			problems.add(new FieldProblem("parentId", "validation.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void checkMunicipalityCode(long communityId, Long id, String raw, List<FieldProblem> problems) {
		String code = raw == null ? "" : raw.strip();
		if (code.isEmpty()) {
			problems.add(new FieldProblem("municipalityCode", "partner.municipalityCode.required"));
		}
		else if (!Municipalities.isWellFormed(code)) {
			problems.add(new FieldProblem("municipalityCode", "partner.municipalityCode.format", code));
		}
		else if (!municipalities.isKnown(code)) {
			problems.add(new FieldProblem("municipalityCode", "partner.municipalityCode.unknown", code));
		}
		else {
			partners.findByCommunityIdAndMunicipalityCode(communityId, code)
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(
						new FieldProblem("municipalityCode", "partner.municipalityCode.taken", code, other.name())));
		}
	}

}
