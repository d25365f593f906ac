package no.samhald.collection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Text;

/**
 * A question of a collection: its kind, labels in Nynorsk and Bokmål (English optional), unit,
 * help text, valid range (numeric kinds), options (one per line, for a choice) and whether it is
 * sensitive: a count of people whose small values are never shown.
 */
@Table("collection_field")
public record CollectionField(FieldKind kind, String labelNn, String labelNb, String labelEn, String unit, String help,
		BigDecimal minValue, BigDecimal maxValue, String choices, boolean sensitive) {

	/** The label in the reader's language: English when given, Bokmål for Bokmål, otherwise Nynorsk. */
	public String label(Locale locale) {
		String language = locale == null ? "nn" : locale.getLanguage();
		if ("en".equals(language) && !Text.isBlank(labelEn)) {
			return labelEn;
		}
		return "nb".equals(language) || "en".equals(language) ? labelNb : labelNn;
	}

	public List<String> choiceList() {
		if (choices == null) {
			return List.of();
		}
		return Arrays.stream(choices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
