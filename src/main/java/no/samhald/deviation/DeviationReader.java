package no.samhald.deviation;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;

/**
 * Finds the deviations a person may see and those waiting for an answer: all of the community's
 * for a coordinator; for anyone else their own and, for a partner contact, those their partner
 * received or reported. To anyone else a report does not exist. Changes are {@link Deviations}'.
 */
@Service
public class DeviationReader {

	/** Partners between whom a samhandlingsavvik can happen: municipalities and the specialist health service. */
	private static final Set<PartnerType> REPORTABLE = EnumSet.of(PartnerType.MUNICIPALITY, PartnerType.HEALTH_TRUST,
			PartnerType.HOSPITAL);

	private final DeviationRepository repository;

	private final Partners partners;

	private final Access access;

	DeviationReader(DeviationRepository repository, Partners partners, Access access) {
		this.repository = repository;
		this.partners = partners;
		this.access = access;
	}

	/** The partners a report can come from or go to, municipalities first. */
	public List<Partner> reportablePartners(long communityId) {
		return partners.all(communityId).stream().filter(p -> REPORTABLE.contains(p.type())).toList();
	}

	/** Names of the community's partners by id, to show on reports. */
	public Map<Long, String> partnerNames(long communityId) {
		return partners.all(communityId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
	}

	/**
	 * The reports the signed-in person may see: all of the community's for a coordinator; for
	 * anyone else their own and, for a partner contact, those their partner received or reported.
	 * Only those to {@code receivingPartnerId} when given: that partner's inbox.
	 */
	public List<Deviation> visible(Community community, Long receivingPartnerId) {
		requireMember(community.slug());
		if (access.canCoordinate(community.slug())) {
			return receivingPartnerId == null ? repository.findByCommunityIdOrderByReceivedOnDescIdDesc(community.id())
					: repository.findByCommunityIdAndReceivingPartnerIdOrderByReceivedOnDescIdDesc(community.id(),
							receivingPartnerId);
		}
		List<Deviation> visible = visibleToNonCoordinator(community.id(), community.slug());
		if (receivingPartnerId == null) {
			return visible;
		}
		return visible.stream().filter(d -> d.receivingPartnerId().equals(receivingPartnerId)).toList();
	}

	/** The partners the signed-in person is a contact of (not counting coordinators), among the reportable ones. */
	public List<Partner> partnersActedFor(Community community) {
		Set<Long> contactOf = access.scopesOf(Role.PARTNER_CONTACT, community.slug());
		return reportablePartners(community.id()).stream().filter(p -> contactOf.contains(p.id())).toList();
	}

	/**
	 * The reports still awaiting an answer from the given receiving partners, for whom the
	 * signed-in person acts (their contact, or a coordinator); the answer deadline first.
	 */
	public List<Deviation> awaitingAnswerFrom(Community community, Set<Long> partnerIds) {
		partnerIds.forEach(partnerId -> access.requireActingForPartner(community.slug(), partnerId));
		return repository.findByCommunityIdOrderByReceivedOnDescIdDesc(community.id()).stream()
			.filter(d -> d.status().awaitsAnswer() && partnerIds.contains(d.receivingPartnerId()))
			.sorted(Comparator.comparing(Deviation::answerDue).thenComparing(Deviation::id))
			.toList();
	}

	/** Every report of the community still awaiting an answer, for its coordinators; the answer deadline first. */
	public List<Deviation> awaitingAnswer(Community community) {
		access.requireCoordinator(community.slug());
		return repository.findByCommunityIdOrderByReceivedOnDescIdDesc(community.id()).stream()
			.filter(d -> d.status().awaitsAnswer())
			.sorted(Comparator.comparing(Deviation::answerDue).thenComparing(Deviation::id))
			.toList();
	}

	/** One report, if the signed-in person may see it; otherwise a {@link NotFoundException}. */
	public Deviation get(Community community, long id) {
		requireMember(community.slug());
		return repository.findByIdAndCommunityId(id, community.id())
			.filter(d -> maySee(community.slug(), d))
			.orElseThrow(() -> new NotFoundException("deviation", id));
	}

	/**
	 * Every deviation of every community still waiting for an answer, for the reminders of
	 * answer deadlines; a job of the installation, so no person's access applies.
	 */
	public List<AnswerDeadline> awaitingAnswer() {
		return repository.findByStatusIn(List.of(DeviationStatus.RECEIVED, DeviationStatus.IN_PROGRESS))
			.stream()
			.map(d -> new AnswerDeadline(d.communityId(), d.id(), d.receivingPartnerId(), d.answerDue()))
			.toList();
	}

	private List<Deviation> visibleToNonCoordinator(long communityId, String communitySlug) {
		Set<Long> contactOf = access.scopesOf(Role.PARTNER_CONTACT, communitySlug);
		if (contactOf.isEmpty()) {
			return repository.findByCommunityIdAndReportedByOrderByReceivedOnDescIdDesc(communityId,
					access.currentUsername());
		}
		return repository.findVisibleToPartnerContact(communityId, access.currentUsername(), contactOf);
	}

	private boolean maySee(String communitySlug, Deviation d) {
		return access.canCoordinate(communitySlug) || d.reportedBy().equals(access.currentUsername())
				|| access.isPartnerContact(communitySlug, d.receivingPartnerId())
				|| access.isPartnerContact(communitySlug, d.reportingPartnerId());
	}

	void requireMember(String communitySlug) {
		if (!access.isMemberOf(communitySlug)) {
			throw new AccessDeniedException("Not signed in to " + communitySlug);
		}
	}

}
