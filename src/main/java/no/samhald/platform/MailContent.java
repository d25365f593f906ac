package no.samhald.platform;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every mail is written with: texts from the message bundles in the recipient's language, and
 * links made absolute with {@code samhald.base-url} (a mail is read outside the site). Dates are
 * written with {@link Dates}.
 */
@Component
public class MailContent {

	private final MessageSource messages;

	private final String baseUrl;

	MailContent(MessageSource messages, @Value("${samhald.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** The text of {@code key} in {@code language}, filled with {@code values}. */
	public String text(String key, Locale language, Object... values) {
		return messages.getMessage(key, values, language);
	}

	/** The absolute link to {@code path} (which starts with a slash). */
	public String link(String path) {
		return baseUrl + path;
	}

}
