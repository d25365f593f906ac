package no.samhald.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.placement.PlacementApproved;
import no.samhald.placement.PlacementApproved.Placed;
import no.samhald.platform.AccountLinks.RoleHolder;

/**
 * Tells each LIS1 doctor where they serve once the allocation is approved, and each municipality's
 * contacts which doctors come to which of their service sites. Doctors have no account: they get
 * the mail at once, in the community's language, at the e-mail entered with them.
 */
@Component
class PlacementNotifications {

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	PlacementNotifications(Communities communities, Recipients recipients, Deliveries deliveries) {
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void approved(PlacementApproved event) {
		Community community = communities.findById(event.communityId()).orElseThrow();
		String link = recipients.link(community, "/placement-rounds/" + event.roundId());
		String period = DeviationNotifications.date(event.serviceStart()) + "–" + DeviationNotifications.date(event.serviceEnd());
		for (Placed placed : event.placements()) {
			deliveries.send(new Notice(MailKind.PLACEMENT_TO_DOCTOR, null, placed.doctorEmail(), community.locale(),
					new Object[] { community.name(), event.roundName(), placed.municipalityName(), placed.serviceSite(),
							period },
					link));
		}
		Map<Long, List<Placed>> byMunicipality = event.placements().stream()
			.collect(Collectors.groupingBy(Placed::municipalityId));
		byMunicipality.forEach((municipalityId, placed) -> {
			List<String> lines = placed.stream().map(p -> p.serviceSite() + ": " + p.doctorName()).sorted().toList();
			for (RoleHolder contact : recipients.partnerContacts(community, municipalityId)) {
				Locale language = recipients.languageOf(community, contact.username());
				deliveries.send(new Notice(MailKind.PLACEMENT_TO_MUNICIPALITY, contact.username(), contact.email(),
						language, new Object[] { community.name(), event.roundName(), placed.get(0).municipalityName(),
								placed.size(), period },
						lines, link, List.of()));
			}
		});
	}

}
