package no.samhald.notification;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.consultation.ConsultationOpened;
import no.samhald.consultation.Respondent;
import no.samhald.consultation.RespondentKind;
import no.samhald.platform.AccountLinks.RoleHolder;

/**
 * Tells those who answer for each partner and forum asked (the partner's contacts, the forum's
 * secretaries) that a round has opened: its title, deadline and where to answer.
 */
@Component
class ConsultationNotifications {

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	ConsultationNotifications(Communities communities, Recipients recipients, Deliveries deliveries) {
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void opened(ConsultationOpened event) {
		Community community = communities.findById(event.communityId()).orElseThrow();
		for (Respondent respondent : event.respondents()) {
			for (RoleHolder holder : answerers(recipients, community, respondent)) {
				deliveries.send(notice(recipients, MailKind.CONSULTATION_OPENED, community, event.consultationId(),
						event.title(), event.deadline(), respondent, holder));
			}
		}
	}

	/** Those who answer for the respondent and have an e-mail. */
	static List<RoleHolder> answerers(Recipients recipients, Community community, Respondent respondent) {
		return respondent.kind() == RespondentKind.PARTNER
				? recipients.partnerContacts(community, respondent.respondentId())
				: recipients.forumSecretaries(community, respondent.respondentId());
	}

	static Notice notice(Recipients recipients, MailKind kind, Community community, long consultationId, String title,
			java.time.LocalDate deadline, Respondent respondent, RoleHolder holder) {
		String path = "/consultations/" + consultationId
				+ (respondent.kind() == RespondentKind.PARTNER ? "/partners/" : "/forums/") + respondent.respondentId();
		return new Notice(kind, holder.username(), holder.email(), recipients.languageOf(community, holder.username()),
				new Object[] { community.name(), title, DeviationNotifications.date(deadline) },
				recipients.link(community, path));
	}

}
