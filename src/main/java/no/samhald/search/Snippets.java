package no.samhald.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns ts_headline's output into safe HTML. PostgreSQL marks the matched words with two
 * private-use characters instead of tags, so that the text can be escaped first and only then
 * get its {@code <mark>} tags: nothing the author wrote can become markup (ts_headline itself
 * drops what looks like a tag; the escaping covers the rest, e.g. "&" and a lone "<").
 */
final class Snippets {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	/** The options given to ts_headline. */
	static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

	private Snippets() {
	}

	static String html(String headline) {
		if (headline == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(headline.strip(), "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
