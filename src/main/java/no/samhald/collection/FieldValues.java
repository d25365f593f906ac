package no.samhald.collection;

import java.math.BigDecimal;
import java.util.Locale;

import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException.FieldProblem;

/**
 * Reads what a person typed into a field as the value stored: numbers as written in Norway
 * ({@code 1 250 000}, {@code 12,5}) become plain decimals, yes/no becomes {@code true}/{@code false},
 * a choice must be one of the options (in any of its languages; the Nynorsk text is stored), and short text never carries an identity number.
 */
final class FieldValues {

	static final int SHORT_TEXT_MAX = 200;

	private FieldValues() {
	}

	/** The canonical value, or a problem for the form field {@code formField}. */
	static Parsed parse(CollectionField field, String raw, String formField) {
		String text = raw.strip();
		return switch (field.kind()) {
			case INTEGER, DECIMAL, MONEY, PERCENTAGE -> number(field, text, formField);
			case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
				case "true", "ja", "yes" -> Parsed.value("true");
				case "false", "nei", "no" -> Parsed.value("false");
				default -> Parsed.problem(new FieldProblem(formField, "collection.value.yesNo"));
			};
			case CHOICE -> field.choiceKey(text) != null ? Parsed.value(field.choiceKey(text))
					: Parsed.problem(new FieldProblem(formField, "collection.value.unknownChoice"));
			case SHORT_TEXT -> text.length() > SHORT_TEXT_MAX
					? Parsed.problem(new FieldProblem(formField, "collection.value.tooLong", SHORT_TEXT_MAX))
					: IdentityNumbers.containsOne(text)
							? Parsed.problem(new FieldProblem(formField, "collection.value.identityNumber"))
							: Parsed.value(text);
		};
	}

	private static Parsed number(CollectionField field, String text, String formField) {
		BigDecimal number;
		try {
			number = new BigDecimal(text.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return Parsed.problem(new FieldProblem(formField, "collection.value.notNumber"));
		}
		if (field.kind() == FieldKind.INTEGER && number.stripTrailingZeros().scale() > 0) {
			return Parsed.problem(new FieldProblem(formField, "collection.value.notWhole"));
		}
		if (field.minValue() != null && number.compareTo(field.minValue()) < 0) {
			return Parsed.problem(new FieldProblem(formField, "collection.value.belowMin", plain(field.minValue())));
		}
		if (field.maxValue() != null && number.compareTo(field.maxValue()) > 0) {
			return Parsed.problem(new FieldProblem(formField, "collection.value.aboveMax", plain(field.maxValue())));
		}
		return Parsed.value(plain(number));
	}

	static String plain(BigDecimal number) {
		return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
	}

	/** Either a value or the problem with what was typed. */
	record Parsed(String value, FieldProblem problem) {

		static Parsed value(String value) {
			return new Parsed(value, null);
		}

		static Parsed problem(FieldProblem problem) {
			return new Parsed(null, problem);
		}

	}

}
