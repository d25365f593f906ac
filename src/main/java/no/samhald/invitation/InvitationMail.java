package no.samhald.invitation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.samhald.community.Community;
import no.samhald.platform.Mail;

/**
 * The invitation mail, in the language the coordinator chose, with the one-time link. It is sent
 * once the invitation is saved: a rolled-back invitation must not have been mailed.
 */
@Component
class InvitationMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private final Mail mail;

	private final MessageSource messages;

	private final String baseUrl;

	InvitationMail(Mail mail, MessageSource messages, @Value("${samhald.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void send(Community community, Invitation invitation, String token) {
		Locale locale = Locale.forLanguageTag(invitation.language());
		String link = baseUrl + "/invitations/" + token;
		String subject = messages.getMessage("invitation.mail.subject", new Object[] { community.name() }, locale);
		String body = messages.getMessage("invitation.mail.body", new Object[] { invitation.name(), community.name(),
				link, DAY.format(invitation.expiresAt().atZone(NORWAY)) }, locale);
		afterCommit(() -> mail.send(invitation.email(), subject, body));
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
