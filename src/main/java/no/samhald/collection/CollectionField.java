package no.samhald.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Text;

/**
 * A question of a collection: its kind, labels in Nynorsk and Bokmål (English optional), unit,
 * help text, valid range (numeric kinds), options (one per line, for a choice) and whether it is
 * sensitive: a count of people whose small values are never shown. A choice's options are written
 * in Nynorsk ({@code choices}), Bokmål and optionally English, line by line in the same order; the
 * Nynorsk text is what an answer stores, so that an answer reads the same in every language.
 */
@Table("collection_field")
public record CollectionField(FieldKind kind, String labelNn, String labelNb, String labelEn, String unit, String help,
		BigDecimal minValue, BigDecimal maxValue, String choices, String choicesNb, String choicesEn, boolean sensitive) {

	/** A field whose options, if any, have one text for every language. */
	public CollectionField(FieldKind kind, String labelNn, String labelNb, String labelEn, String unit, String help,
			BigDecimal minValue, BigDecimal maxValue, String choices, boolean sensitive) {
		this(kind, labelNn, labelNb, labelEn, unit, help, minValue, maxValue, choices, choices, null, sensitive);
	}

	/** The label in the reader's language: English when given, Bokmål for Bokmål, otherwise Nynorsk. */
	public String label(Locale locale) {
		return inLanguage(locale, labelNn, labelNb, labelEn);
	}

	/** The options as answers store them (their Nynorsk texts). */
	public List<String> choiceList() {
		return lines(choices);
	}

	public List<String> choiceListNb() {
		return lines(choicesNb);
	}

	public List<String> choiceListEn() {
		return lines(choicesEn);
	}

	/** The options in the reader's language, each with the value an answer stores. */
	public List<Choice> choiceOptions(Locale locale) {
		List<String> keys = choiceList();
		List<String> labels = choiceLabels(locale);
		var options = new ArrayList<Choice>();
		for (int i = 0; i < keys.size(); i++) {
			options.add(new Choice(keys.get(i), labels.get(i)));
		}
		return options;
	}

	/** A stored option in the reader's language; a value no longer among the options is shown as stored. */
	public String choiceLabel(String key, Locale locale) {
		int index = choiceList().indexOf(key);
		return index < 0 ? key : choiceLabels(locale).get(index);
	}

	/** The stored value of an option typed in any of its languages; null when it is none of them. */
	String choiceKey(String typed) {
		List<String> keys = choiceList();
		for (List<String> language : List.of(keys, choiceListNb(), choiceListEn())) {
			int index = language.indexOf(typed);
			if (index >= 0 && index < keys.size()) {
				return keys.get(index);
			}
		}
		return null;
	}

	/** One text per option in the reader's language; Nynorsk where a language has not as many lines. */
	private List<String> choiceLabels(Locale locale) {
		List<String> keys = choiceList();
		List<String> labels = lines(inLanguage(locale, choices, choicesNb, choicesEn));
		return labels.size() == keys.size() ? labels : keys;
	}

	private static String inLanguage(Locale locale, String nn, String nb, String en) {
		String language = locale == null ? "nn" : locale.getLanguage();
		if ("en".equals(language) && !Text.isBlank(en)) {
			return en;
		}
		return "nb".equals(language) || "en".equals(language) ? nb : nn;
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** An option: the value stored and the text shown. */
	public record Choice(String key, String label) {
	}

}
