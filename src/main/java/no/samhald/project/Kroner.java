package no.samhald.project;

import java.util.regex.Pattern;

/**
 * Reads an amount of whole kroner the way people write it in Norway: "130 000", "130 000,-",
 * "130.000", "kr 130000". Øre are not used in project budgets.
 */
final class Kroner {

	private static final Pattern DOTTED_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");

	private Kroner() {
	}

	/** The amount, or null when the text is not a whole number of kroner. */
	static Long parse(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "")
			.replaceFirst("(?i)^kr\\.?", "")
			.replaceFirst("(?i)(kr\\.?|nok)$", "")
			.replaceFirst("[,.]-$", "")
			.replace('\u2212', '-');
		if (DOTTED_THOUSANDS.matcher(plain).matches()) {
			plain = plain.replace(".", "");
		}
		return WHOLE.matcher(plain).matches() ? Long.parseLong(plain) : null;
	}

}
