package no.samhald.notification;

import java.util.Arrays;
import java.util.Optional;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The decoded text parts of a received mail, and finding a mail by recipient and link. */
final class MailTexts {

	private MailTexts() {
	}

	/**
	 * The mail to {@code to} whose plain text holds a link ending in {@code path} (on a line of its
	 * own) and whose subject holds {@code subject}.
	 */
	static Optional<MimeMessage> find(GreenMailOperations smtp, String to, String path, String subject) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipients(m).contains(to))
			.filter(m -> subject(m).contains(subject))
			.filter(m -> plain(m).contains(path + "\n"))
			.findFirst();
	}

	/** Waits until a mail to {@code to} whose plain text holds {@code link} has arrived. */
	static MimeMessage arrived(GreenMailOperations smtp, String to, String link) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> recipients(m).contains(to) && plain(m).contains(link + "\n"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	static String plain(MimeMessage mail) {
		return part(mail, "text/plain");
	}

	static String html(MimeMessage mail) {
		return part(mail, "text/html");
	}

	private static String subject(MimeMessage mail) {
		try {
			return String.valueOf(mail.getSubject());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipients(MimeMessage mail) {
		try {
			return Arrays.toString(mail.getAllRecipients());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return String.valueOf(part.getContent()).replace("\r\n", "\n");
			}
			if (part.getContent() instanceof Multipart multipart) {
				var found = new StringBuilder();
				for (int i = 0; i < multipart.getCount(); i++) {
					found.append(part(multipart.getBodyPart(i), type));
				}
				return found.toString();
			}
			return "";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
