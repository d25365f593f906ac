package no.samhald.platform;

/** Free text as people type it: blank means nothing was given. */
public final class Text {

	private Text() {
	}

	/** The text without surrounding white space, or null when it is missing or blank. */
	public static String strippedOrNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The text without surrounding white space, or empty when it is missing: for columns that hold no null. */
	public static String strippedOrEmpty(String text) {
		return text == null ? "" : text.strip();
	}

	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
