package no.samhald.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.Consultations.Awaited;
import no.samhald.consultation.Respondent;
import no.samhald.consultation.RespondentKind;
import no.samhald.platform.AccountLinks.RoleHolder;

import static no.samhald.notification.SentReminders.inIdOrder;

/**
 * Reminds those who answer for a partner or forum that has not submitted its answers to an open
 * round, from seven days before the deadline (later, if the job did not run that day); once per
 * person, round and respondent (table {@code reminder_sent}, keyed by the partner or forum too).
 */
@Component
public class ConsultationReminders {

	static final int DAYS_BEFORE = 7;

	static final String KIND = "consultation";

	private final Communities communities;

	private final Consultations consultations;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final SentReminders sent;

	ConsultationReminders(Communities communities, Consultations consultations, Recipients recipients,
			Deliveries deliveries, SentReminders sent) {
		this.communities = communities;
		this.consultations = consultations;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.sent = sent;
	}

	/** Sends the reminders due on {@code today} that were not sent before; returns those sent now. */
	@Transactional
	public List<Reminder> remind(LocalDate today) {
		var reminders = new ArrayList<Reminder>();
		for (Community community : communities.all()) {
			for (Awaited awaited : inIdOrder(consultations.awaitingAnswers(community.id()), Awaited::consultationId)) {
				long daysLeft = ChronoUnit.DAYS.between(today, awaited.deadline());
				if (daysLeft < 0 || daysLeft > DAYS_BEFORE) {
					continue;
				}
				var holders = ConsultationNotifications.answerers(recipients, community, awaited.respondent());
				for (RoleHolder holder : inIdOrder(holders, RoleHolder::username)) {
					if (claim(awaited, holder)) {
						deliveries.send(ConsultationNotifications.notice(recipients, MailKind.CONSULTATION_DUE_SOON, community,
								awaited.consultationId(), awaited.title(), awaited.deadline(), awaited.respondent(), holder));
						reminders.add(new Reminder(awaited.consultationId(), awaited.respondent(), holder.username()));
					}
				}
			}
		}
		return reminders;
	}

	/** Once per person and respondent: whoever answers for two partners, or a partner and a forum, is reminded of each. */
	private boolean claim(Awaited awaited, RoleHolder holder) {
		Respondent respondent = awaited.respondent();
		boolean partner = respondent.kind() == RespondentKind.PARTNER;
		return sent.claim(KIND, awaited.consultationId(), partner ? respondent.respondentId() : 0,
				partner ? 0 : respondent.respondentId(), awaited.deadline(), holder.username(), "before-" + DAYS_BEFORE);
	}

	/** A reminder that went out: of which round and whose answer, to whom. */
	public record Reminder(long consultationId, Respondent respondent, String username) {
	}

}
