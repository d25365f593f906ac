package no.samhald.invitation;

import java.util.Locale;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.platform.Dates;
import no.samhald.platform.MailContent;
import no.samhald.platform.MailQueue;
import no.samhald.platform.MailQueue.QueuedMail;

/**
 * The invitation mail, in the language the coordinator chose, with the one-time link. It is queued
 * in the invitation's transaction and sent once that commits: a rolled-back invitation must not
 * have been mailed. The outbox drops its text once sent, so the link is not kept there.
 */
@Component
record InvitationMail(MailQueue outbox, MailContent content) {

	void send(Community community, Invitation invitation, String token) {
		Locale locale = Locale.forLanguageTag(invitation.language());
		String subject = content.text("invitation.mail.subject", locale, community.name());
		String body = content.text("invitation.mail.body", locale, invitation.name(), community.name(),
				content.link("/invitations/" + token), Dates.day(invitation.expiresAt()));
		outbox.queue(new QueuedMail("INVITATION", invitation.email(), locale, subject, body, true));
	}

}
