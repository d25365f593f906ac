package no.samhald.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends a notice the way its recipient chose: to the outbox at once, into their next daily or
 * weekly digest, or not at all (never for a deadline).
 */
@Component
record Deliveries(NotificationPreferences preferences, MailOutbox outbox, MailWriter writer, JdbcClient jdbc) {

	/**
	 * A digest lists the notice by its subject and link; files sent with it (a meeting's
	 * invitation) are left out, the page the link opens has them.
	 */
	void send(Notice notice) {
		if (notice.username() == null) {
			outbox.add(notice);
			return;
		}
		Delivery delivery = preferences.of(notice.username(), notice.kind());
		switch (delivery) {
			case AT_ONCE -> outbox.add(notice);
			case DAILY, WEEKLY -> keepForDigest(notice, delivery);
			case OFF -> {
				if (notice.kind().isDeadline()) {
					outbox.add(notice);
				}
			}
		}
	}

	private void keepForDigest(Notice notice, Delivery delivery) {
		jdbc.sql("""
				insert into digest_item (username, recipient, language, delivery, kind, subject, link)
				values (:username, :recipient, :language, :delivery, :kind, :subject, :link)
				""")
			.param("username", notice.username())
			.param("recipient", notice.recipient())
			.param("language", notice.language().getLanguage())
			.param("delivery", delivery.name())
			.param("kind", notice.kind().name())
			.param("subject", writer.write(notice).subject())
			.param("link", notice.link())
			.update();
	}

}
