package no.samhald.event;

import java.util.Locale;

import org.springframework.stereotype.Component;

import no.samhald.platform.Dates;
import no.samhald.platform.MailContent;
import no.samhald.platform.MailQueue;
import no.samhald.platform.MailQueue.QueuedMail;

/**
 * The e-mails a registrant gets, in the language they registered in, with the link to cancel.
 * The address has not been confirmed, so a mail holds nothing the registrant typed (not even the
 * name): anyone can register someone else's address, and must not be able to mail them a text.
 * Queued in the registration's transaction: a registration rolled back must not have been confirmed.
 */
@Component
record RegistrationMail(MailQueue outbox, MailContent content, UnconfirmedRegistrations unconfirmed) {

	void confirm(String communitySlug, Event event, Registration registration) {
		String key = registration.status() == RegistrationStatus.WAITLISTED ? "event.mail.waitlisted" : "event.mail.registered";
		send(communitySlug, event, registration, key);
	}

	/** Asks the owner of the address to confirm; the link confirms, the cancel link withdraws. */
	void askToConfirm(String communitySlug, Event event, Registration registration) {
		send(communitySlug, event, registration, "event.mail.confirm",
				content.link("/" + communitySlug + "/events/confirm/" + registration.token()));
	}

	void promoted(String communitySlug, Event event, Registration registration) {
		send(communitySlug, event, registration, "event.mail.promoted");
	}

	/** To the address of an existing registration that someone tried to register again. */
	void alreadyRegistered(String communitySlug, Event event, Registration registration) {
		send(communitySlug, event, registration, "event.mail.duplicate");
	}

	private void send(String communitySlug, Event event, Registration registration, String key) {
		send(communitySlug, event, registration, key, "");
	}

	private void send(String communitySlug, Event event, Registration registration, String key, String confirmLink) {
		Locale locale = Locale.forLanguageTag(registration.language());
		String cancelLink = content.link("/" + communitySlug + "/events/cancel/" + registration.token());
		String subject = content.text(key + ".subject", locale, event.title());
		String body = content.text(key + ".body", locale, event.title(), Dates.dayAndTime(event.startsAt()),
				event.place(), cancelLink, confirmLink, unconfirmed.hoursKept());
		outbox.queue(new QueuedMail("EVENT_REGISTRATION", registration.email(), locale, subject, body, true));
	}

}
