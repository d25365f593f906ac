package no.samhald.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail through the SMTP server configured with {@code spring.mail.host}.
 * Without one (a laptop demo) the message is written to the log instead. Only the notification
 * outbox sends (other modules queue mail through {@link MailQueue}): a failure is thrown to it,
 * and it retries, so a failed delivery never undoes what the person just did.
 */
@Component
public class Mail {

	private static final Logger log = LoggerFactory.getLogger(Mail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	Mail(ObjectProvider<JavaMailSender> sender, @Value("${samhald.mail.from:samhald@localhost}") String from) {
		this.sender = sender;
		this.from = from;
	}

	/**
	 * Sends a message as plain text with an HTML alternative, and files as attachments, for a
	 * sender that retries: a failure is thrown, not swallowed. Without HTML (blank) and files the
	 * message is plain text only. Returns false when no SMTP server is configured and the message
	 * was only logged.
	 */
	public boolean deliver(String to, String subject, String plainText, String html, List<Attachment> attachments) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("No SMTP server configured; e-mail to {} not sent: {}\n{}", to, subject, plainText);
			return false;
		}
		boolean plainOnly = (html == null || html.isBlank()) && attachments.isEmpty();
		smtp.send(mime -> {
			var message = new MimeMessageHelper(mime, !plainOnly, StandardCharsets.UTF_8.name());
			message.setFrom(from);
			message.setTo(to);
			message.setSubject(subject);
			if (plainOnly) {
				message.setText(plainText);
			}
			else {
				message.setText(plainText, html);
			}
			for (Attachment a : attachments) {
				message.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
			}
		});
		return true;
	}

	/** A file sent with a message, e.g. a meeting as {@code text/calendar}. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
