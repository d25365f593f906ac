package no.samhald.event;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.samhald.platform.Mail;

/**
 * The e-mails a registrant gets, in the language they registered in, with the link to cancel.
 * The address has not been confirmed, so a mail holds nothing the registrant typed (not even the
 * name): anyone can register someone else's address, and must not be able to mail them a text.
 */
@Component
class RegistrationMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final Mail mail;

	private final MessageSource messages;

	private final String baseUrl;

	RegistrationMail(Mail mail, MessageSource messages, @Value("${samhald.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void confirm(String communitySlug, Event event, Registration registration) {
		String key = registration.status() == RegistrationStatus.WAITLISTED ? "event.mail.waitlisted" : "event.mail.registered";
		send(communitySlug, event, registration, key);
	}

	void promoted(String communitySlug, Event event, Registration registration) {
		send(communitySlug, event, registration, "event.mail.promoted");
	}

	/** To the address of an existing registration that someone tried to register again. */
	void alreadyRegistered(String communitySlug, Event event, Registration registration) {
		send(communitySlug, event, registration, "event.mail.duplicate");
	}

	private void send(String communitySlug, Event event, Registration registration, String key) {
		Locale locale = Locale.forLanguageTag(registration.language());
		String cancelLink = baseUrl + "/" + communitySlug + "/events/cancel/" + registration.token();
		String subject = messages.getMessage(key + ".subject", new Object[] { event.title() }, locale);
		String body = messages.getMessage(key + ".body", new Object[] { event.title(), WHEN.format(event.startsAt()),
				event.place(), cancelLink }, locale);
		afterCommit(() -> mail.send(registration.email(), subject, body));
	}

	/** Mail only what was saved: a registration rolled back must not have been confirmed. */
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
