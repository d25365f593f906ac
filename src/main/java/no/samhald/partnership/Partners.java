package no.samhald.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.RememberedReads;
import no.samhald.platform.Text;

/** The partners and regions of a community. Every method is scoped by the community's id. */
@Service
public class Partners {

	private final PartnerRepository partners;

	private final RegionRepository regions;

	private final Municipalities municipalities;

	private final AuditLog audit;

	private final Access access;

	/** A community's partners: asked several times by every page of the knowledge base and most lists. */
	private final RememberedReads<Long, List<Partner>> partnersOf = new RememberedReads<>();

	Partners(PartnerRepository partners, RegionRepository regions, Municipalities municipalities, AuditLog audit,
			Access access) {
		this.partners = partners;
		this.regions = regions;
		this.municipalities = municipalities;
		this.audit = audit;
		this.access = access;
	}

	/** From memory until a partner is saved here (#11); the demo and scale data are written before the start ends. */
	public List<Partner> all(long communityId) {
		return partnersOf.get(communityId, id -> List.copyOf(partners.findByCommunityIdOrderByTypeAscNameAsc(id)));
	}

	/** Forgets what the start-up's demo and national-scale data wrote past this service. */
	@EventListener(ApplicationReadyEvent.class)
	void forgetRemembered() {
		partnersOf.forget();
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
	public Partner create(Community community, SavePartner partner) {
		access.requireCoordinator(community.slug());
		check(community.id(), null, partner);
		partnersOf.forget(community.id());
		Partner saved = partners.save(toPartner(null, community.id(), partner, 0));
		audit.record(community.slug(), "partner.created", "partner " + saved.id(), saved.name());
		return saved;
	}

	/**
	 * Saves the changes if nobody else saved the partner since {@code partner.version()};
	 * otherwise Spring's {@code OptimisticLockingFailureException} tells the caller to show what changed.
	 */
	@Transactional
	public Partner update(Community community, long id, SavePartner partner) {
		access.requireCoordinator(community.slug());
		Partner current = get(community.id(), id);
		check(community.id(), id, partner);
		partnersOf.forget(community.id());
		Partner saved = partners.save(toPartner(id, community.id(), partner, partner.version()));
		audit.record(community.slug(), "partner.updated", "partner " + id,
				String.join(", ", partner.fieldsChangedIn(current)));
		return saved;
	}

	private Partner toPartner(Long id, long communityId, SavePartner d, int version) {
		boolean municipality = d.type() == PartnerType.MUNICIPALITY;
		return new Partner(id, communityId, d.type(), d.name().strip(), Text.strippedOrNull(d.shortName()),
				municipality ? d.municipalityCode().strip() : null, d.regionId(),
				d.writtenLanguage() == null ? WrittenLanguage.NN : d.writtenLanguage(), d.parentId(),
				Objects.requireNonNullElse(d.description(), "").strip(), version);
	}

	private void check(long communityId, Long id, SavePartner d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.name() == null || d.name().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else {
			partners.findByCommunityIdAndNameIgnoreCase(communityId, d.name().strip())
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new FieldProblem("name", "partner.name.taken")));
		}
		if (d.type() == null) {
			problems.add(new FieldProblem("type", "validation.required"));
		}
		else if (d.type() == PartnerType.MUNICIPALITY) {
			checkMunicipalityCode(communityId, id, d.municipalityCode(), problems);
		}
		if (d.regionId() != null && regions.findByIdAndCommunityId(d.regionId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("regionId", "validation.unknown"));
		}
		if (d.parentId() != null && (d.parentId().equals(id)
				|| partners.findByIdAndCommunityId(d.parentId(), communityId).isEmpty())) {
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
