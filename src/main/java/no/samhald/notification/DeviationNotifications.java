package no.samhald.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.deviation.DeviationAnswered;
import no.samhald.deviation.DeviationReported;
import no.samhald.platform.AccountLinks.RoleHolder;
import no.samhald.platform.Dates;

/**
 * Tells the receiving partner's contacts of a new deviation, and its reporter that the answer is
 * ready. The mail says only that there is one, its category, the due date and where to find it:
 * never the report's text, which may describe a patient.
 */
@Component
class DeviationNotifications {

	static final DateTimeFormatter DATE = Dates.DAY;

	private final Communities communities;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final MessageSource messages;

	DeviationNotifications(Communities communities, Recipients recipients, Deliveries deliveries, MessageSource messages) {
		this.communities = communities;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void reported(DeviationReported event) {
		Community community = communities.findById(event.communityId()).orElseThrow();
		for (RoleHolder contact : recipients.partnerContacts(community, event.receivingPartnerId())) {
			var language = recipients.languageOf(community, contact.username());
			String category = messages.getMessage("deviation.category." + event.category().name(), null, language);
			deliveries.send(new Notice(MailKind.DEVIATION_REPORTED, contact.username(), contact.email(), language,
					new Object[] { community.name(), category, date(event.answerDue()) },
					recipients.deviationLink(community, event.deviationId())));
		}
	}

	@ApplicationModuleListener
	void answered(DeviationAnswered event) {
		Community community = communities.bySlug(event.communitySlug());
		for (RoleHolder reporter : recipients.person(event.reportedBy())) {
			deliveries.send(new Notice(MailKind.DEVIATION_ANSWERED, reporter.username(), reporter.email(), recipients.languageOf(community, reporter.username()),
					new Object[] { community.name() }, recipients.deviationLink(community, event.deviationId())));
		}
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

}
