package no.samhald.platform;

import java.util.Locale;

/**
 * Where a module leaves a mail to be sent: after the caller's transaction commits (a mail exists
 * exactly when what it tells of was saved), retried while the mail server is away, and shown to the
 * administrator when given up. Notification implements it with its outbox; platform only names it,
 * so that modules below notification can mail without depending on it.
 */
public interface MailQueue {

	/** Queues the mail in the caller's transaction. */
	void queue(QueuedMail mail);

	/**
	 * A plain-text mail already written. {@code kind} names it on the administrator's page; a mail
	 * that {@code holdsSecret} (a one-time link) has its text removed from the queue once sent.
	 */
	record QueuedMail(String kind, String recipient, Locale language, String subject, String plainText,
			boolean holdsSecret) {
	}

}
