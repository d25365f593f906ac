package no.samhald.insight;

import java.util.List;

import no.samhald.platform.InvalidInputException;

/**
 * An observed year that lacks municipalities of the country: refused at import (nothing is stored),
 * and said instead of a sum wherever an area's year is asked for.
 */
public class IncompleteYearException extends InvalidInputException {

	private final int year;

	private final List<String> missing;

	/**
	 * @param field the field the problem belongs to ("file" at import, "from" or "baseYear" for a projection)
	 * @param messageKey a message with arguments year, count of missing, their names
	 * @param names the missing municipalities by name, in the order of their numbers
	 */
	IncompleteYearException(String field, String messageKey, int year, List<String> names) {
		super(field, messageKey, String.valueOf(year), names.size(), shortList(names));
		this.year = year;
		this.missing = List.copyOf(names);
	}

	public int year() {
		return year;
	}

	public List<String> missing() {
		return missing;
	}

	/** The first ten names, then how many more, so that a file of two municipalities gets a readable message. */
	private static String shortList(List<String> names) {
		if (names.size() <= 10) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, 10)) + " … (+" + (names.size() - 10) + ")";
	}

}
