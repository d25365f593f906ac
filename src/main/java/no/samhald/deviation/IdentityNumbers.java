package no.samhald.deviation;

import java.util.regex.Pattern;

/**
 * Finds Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer) in free text, so
 * that a report carrying one can be refused before it is stored. A candidate is eleven digits,
 * optionally written as six and five with a space or hyphen between, not part of a longer number;
 * it counts only if both mod-11 check digits are right, which keeps phone numbers, case numbers
 * and random digit strings from being refused.
 */
final class IdentityNumbers {

	private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d])(\\d{6})[ \\-]?(\\d{5})(?![\\d])");

	private static final int[] FIRST_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };

	private static final int[] SECOND_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

	private IdentityNumbers() {
	}

	/** Whether the text contains something that is very probably an identity number. */
	static boolean containsOne(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		var matcher = CANDIDATE.matcher(text);
		while (matcher.find()) {
			if (hasValidCheckDigits(matcher.group(1) + matcher.group(2))) {
				return true;
			}
		}
		return false;
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
