package no.samhald.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail through the SMTP server configured with {@code spring.mail.host}.
 * Without one (a laptop demo) the message is written to the log instead. A failed delivery is
 * logged and reported to the caller, never allowed to undo what the person just did.
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

	/** Returns whether the message was handed to the SMTP server. */
	public boolean send(String to, String subject, String body) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("No SMTP server configured; e-mail to {} not sent: {}\n{}", to, subject, body);
			return false;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			smtp.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("E-mail to {} could not be sent: {}", to, ex.getMessage());
			return false;
		}
	}

}
