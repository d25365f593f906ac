package no.samhald.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer) in free text, so
 * that a text carrying one can be refused before it is stored, published or mailed.
 * <p>
 * A candidate is the eleven digits written in any way people write them: together, or the date
 * part as {@code 130755} or {@code 13.07.55} / {@code 13 07 55} / {@code 13-07-55} (one separator,
 * used twice), then up to two separators (space, no-break space, dot, hyphen, en or em dash) and
 * the five personal digits, not part of a longer number. It counts only if the date part is a day
 * and month (D- and H-numbers and synthetic test numbers included) and both mod-11 check digits
 * are right, which keeps phone numbers, organisation and account numbers, dates and case numbers
 * from being refused.
 */
public final class IdentityNumbers {

	private static final String SEPARATOR = "[ .\\-\\u00A0\\u2009\\u202F\\u2013\\u2014]";

	private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(?<!\\d[.,/])(\\d{2})(?:(" + SEPARATOR
			+ ")(\\d{2})\\2(\\d{2})|(\\d{2})(\\d{2}))" + SEPARATOR + "{0,2}(\\d{5})(?![\\d])");

	private static final int[] FIRST_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };

	private static final int[] SECOND_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

	private IdentityNumbers() {
	}

	/** Whether the text contains something that is very probably an identity number. */
	public static boolean containsOne(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		var matcher = CANDIDATE.matcher(text);
		int from = 0;
		// Restart one character after each candidate's start, so that a near miss cannot hide
		// a real number that overlaps it.
		while (from < text.length() && matcher.find(from)) {
			if (isIdentityNumber(digitsOf(matcher))) {
				return true;
			}
			from = matcher.start() + 1;
		}
		return false;
	}

	private static String digitsOf(Matcher matcher) {
		boolean grouped = matcher.group(2) != null;
		return matcher.group(1) + (grouped ? matcher.group(3) + matcher.group(4) : matcher.group(5) + matcher.group(6))
				+ matcher.group(7);
	}

	/**
	 * Refuses a free text that carries an identity number, with the message
	 * {@code NoIdentityNumber} beside the field; for services that take text outside a form.
	 */
	public static void refuseIn(String field, String text) {
		if (containsOne(text)) {
			throw new InvalidInputException(field, "NoIdentityNumber");
		}
	}

	static boolean isIdentityNumber(String elevenDigits) {
		return hasValidCheckDigits(elevenDigits) && startsWithDayAndMonth(elevenDigits);
	}

	/** D-numbers add 4 to the day's first digit, H-numbers 4 and synthetic test numbers 8 to the month's. */
	private static boolean startsWithDayAndMonth(String digits) {
		int day = Integer.parseInt(digits.substring(0, 2)) % 40;
		int month = Integer.parseInt(digits.substring(2, 4)) % 40;
		return day >= 1 && day <= 31 && month >= 1 && month <= 12;
	}

	/** Both check digits of an eleven-digit number are right (the mod-11 rule of the population register). */
	static boolean hasValidCheckDigits(String elevenDigits) {
		if (elevenDigits.length() != 11 || !elevenDigits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int[] digits = elevenDigits.chars().map(c -> c - '0').toArray();
		return checkDigit(digits, FIRST_WEIGHTS) == digits[9] && checkDigit(digits, SECOND_WEIGHTS) == digits[10];
	}

	private static int checkDigit(int[] digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += digits[i] * weights[i];
		}
		int check = 11 - sum % 11;
		// 10 can never be a check digit: the number is then invalid, so −1 never matches a digit.
		return check == 11 ? 0 : check == 10 ? -1 : check;
	}

}
