package no.samhald.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a notice as a mail in the recipient's language: a subject, the same text as plain text and
 * as simple HTML, the link, and a footer that says why the person gets it.
 */
@Component
class MailWriter {

	private final MessageSource messages;

	MailWriter(MessageSource messages) {
		this.messages = messages;
	}

	Written write(Notice notice) {
		Locale language = notice.language();
		String subject = text(notice.kind().messageKey("subject"), notice.values(), language);
		String body = text(notice.kind().messageKey("body"), notice.values(), language);
		String action = text(notice.kind().messageKey("action"), notice.values(), language);
		String footer = text("notification.mail.footer", new Object[0], language);
		String plain = body + "\n\n" + action + ":\n" + notice.link() + "\n\n-- \n" + footer + "\n";
		String html = """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
				<body style="font-family: sans-serif; line-height: 1.5">
				<p>%s</p>
				<p><a href="%s">%s</a></p>
				<p style="color: #555; font-size: 0.9em">%s</p>
				</body></html>
				""".formatted(language.getLanguage(), escape(subject), escape(body).replace("\n", "<br>"),
				escape(notice.link()), escape(action), escape(footer));
		return new Written(subject, plain, html);
	}

	private String text(String key, Object[] values, Locale language) {
		return messages.getMessage(key, values, language);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	record Written(String subject, String plainText, String html) {
	}

}
