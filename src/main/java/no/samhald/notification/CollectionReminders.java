package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.collection.Collections;
import no.samhald.collection.PendingAnswer;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.AccountLinks.RoleHolder;

import static no.samhald.notification.SentReminders.inIdOrder;

/**
 * Reminds the contacts of each asked partner that has not submitted its answer to an open data
 * collection: 7 days before the deadline and on the day. Each step goes to each contact once per
 * partner (table {@code reminder_sent}, keyed by the partner too): a contact of two partners asked
 * in one collection gets one mail for each, since each names its partner and links to its answer
 * form. A submitted answer stops the partner's reminders, a draft does not.
 */
@Component
public class CollectionReminders {

	static final int DAYS_BEFORE = 7;

	static final String KIND = "collection";

	private final Communities communities;

	private final Collections collections;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final SentReminders sent;

	CollectionReminders(Communities communities, Collections collections, Recipients recipients, Deliveries deliveries,
			SentReminders sent) {
		this.communities = communities;
		this.collections = collections;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.sent = sent;
	}

	/** Sends the reminders due on {@code today} that were not sent before; returns those sent now. */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		var reminders = new ArrayList<Reminder>();
		List<PendingAnswer> pending = collections.awaitingAnswers().stream()
			.sorted(Comparator.comparing(PendingAnswer::collectionId).thenComparing(PendingAnswer::partnerId))
			.toList();
		for (PendingAnswer answer : pending) {
			String step = step(today, answer.deadline());
			Community community = communities.findById(answer.communityId()).orElse(null);
			if (step == null || community == null) {
				continue;
			}
			for (RoleHolder contact : inIdOrder(recipients.partnerContacts(community, answer.partnerId()), RoleHolder::username)) {
				if (sent.claim(KIND, answer.collectionId(), answer.partnerId(), answer.deadline(), contact.username(), step)) {
					deliveries.send(notice(community, answer, step, contact));
					reminders.add(new Reminder(answer.collectionId(), answer.partnerId(), contact.username(), step));
				}
			}
		}
		return reminders;
	}

	private Notice notice(Community community, PendingAnswer answer, String step, RoleHolder contact) {
		MailKind kind = step.equals("due") ? MailKind.COLLECTION_DUE_TODAY : MailKind.COLLECTION_DUE_SOON;
		return new Notice(kind, contact.username(), contact.email(), recipients.languageOf(community, contact.username()),
				new Object[] { community.name(), DeviationNotifications.date(answer.deadline()), answer.partnerName(),
						answer.title() + " " + answer.period() },
				recipients.link(community, "/collections/" + answer.collectionId() + "/answers/" + answer.partnerId()));
	}

	/** {@code before-7} from 7 days before (also later, if the job did not run that day), {@code due} on the day. */
	static String step(LocalDate today, LocalDate deadline) {
		long daysLeft = ChronoUnit.DAYS.between(today, deadline);
		if (daysLeft == 0) {
			return "due";
		}
		return daysLeft > 0 && daysLeft <= DAYS_BEFORE ? "before-" + DAYS_BEFORE : null;
	}

	/** A reminder that went out: for which collection and partner, to whom, and which step. */
	public record Reminder(long collectionId, long partnerId, String username, String step) {
	}

}
