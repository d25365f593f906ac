package no.samhald.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import no.samhald.platform.MailContent;

/**
 * Writes a notice (or a digest of several) as a mail in the recipient's language: a subject, the
 * same text as plain text and as simple HTML, the link, and a footer that says why the person gets
 * it and links to where they choose how they get it.
 */
@Component
record MailWriter(MailContent texts) {

	static final String PREFERENCES_PATH = "/account/notifications";

	Written write(Notice notice) {
		Locale language = notice.language();
		String subject = text(notice.kind().messageKey("subject"), notice.values(), language);
		String body = text(notice.kind().messageKey("body"), notice.values(), language);
		String action = text(notice.kind().messageKey("action"), notice.values(), language);
		String plain = body + "\n\n" + details(notice.details()) + action + ":\n" + notice.link() + "\n";
		String html = "<p>" + escape(body).replace("\n", "<br>") + "</p>\n" + detailsHtml(notice.details()) + "<p>"
				+ anchor(notice.link(), action) + "</p>\n";
		return framed(language, subject, plain, html);
	}

	private static String details(List<String> lines) {
		return lines.isEmpty() ? "" : String.join("\n", lines) + "\n\n";
	}

	private static String detailsHtml(List<String> lines) {
		if (lines.isEmpty()) {
			return "";
		}
		var html = new StringBuilder("<p>");
		lines.forEach(line -> html.append(escape(line)).append("<br>\n"));
		return html.append("</p>\n").toString();
	}

	/** One mail listing several notices, each by its subject and link. */
	Written digest(Locale language, List<DigestLine> lines) {
		String subject = text("notification.mail.digest.subject", new Object[] { lines.size() }, language);
		String intro = text("notification.mail.digest.intro", new Object[] { lines.size() }, language);
		var plain = new StringBuilder(intro).append("\n\n");
		var html = new StringBuilder("<p>").append(escape(intro)).append("</p>\n<ul>\n");
		for (DigestLine line : lines) {
			plain.append("- ").append(line.subject()).append("\n  ").append(line.link()).append("\n");
			html.append("<li>").append(anchor(line.link(), line.subject())).append("</li>\n");
		}
		html.append("</ul>\n");
		return framed(language, subject, plain.toString(), html.toString());
	}

	private Written framed(Locale language, String subject, String plain, String htmlBody) {
		String footer = text("notification.mail.footer", new Object[0], language);
		String choose = text("notification.mail.preferences", new Object[0], language);
		String preferences = texts.link(PREFERENCES_PATH);
		String html = """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
				<body style="font-family: sans-serif; line-height: 1.5">
				%s<p style="color: #555; font-size: 0.9em">%s<br>%s</p>
				</body></html>
				""".formatted(language.getLanguage(), escape(subject), htmlBody, escape(footer),
				anchor(preferences, choose));
		return new Written(subject, plain + "\n-- \n" + footer + "\n" + choose + ": " + preferences + "\n", html);
	}

	private String text(String key, Object[] values, Locale language) {
		return texts.text(key, language, values);
	}

	private static String anchor(String link, String text) {
		return "<a href=\"" + escape(link) + "\">" + escape(text) + "</a>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	record Written(String subject, String plainText, String html) {
	}

	record DigestLine(String subject, String link) {
	}

}
