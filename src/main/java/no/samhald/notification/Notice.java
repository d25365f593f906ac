package no.samhald.notification;

import java.util.List;
import java.util.Locale;

import no.samhald.platform.Mail.Attachment;

/**
 * One mail to one person: what it is about, in which language, the values its texts are filled
 * with (never free text that someone typed), lines of details below the text (a meeting's time,
 * place and agenda), the link to where the work is done, and files sent with it. A person without
 * an account has no {@code username}: they get the mail at once, having no choices stored.
 */
record Notice(MailKind kind, String username, String recipient, Locale language, Object[] values, List<String> details,
		String link, List<Attachment> attachments) {

	Notice(MailKind kind, String username, String recipient, Locale language, Object[] values, String link) {
		this(kind, username, recipient, language, values, List.of(), link, List.of());
	}

}
