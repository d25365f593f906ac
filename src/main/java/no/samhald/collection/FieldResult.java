package no.samhald.collection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of one field: the total (a sum, a mean for percentages, the number of answers for
 * choices and text), per region (municipalities), per partner and, for yes/no and choices, the
 * number of partners per option.
 */
public record FieldResult(int position, CollectionField field, ResultCell total, List<ResultCell> regions,
		List<ResultCell> partners, List<ResultCell> options) {

	/** The largest number shown among the partners, for the chart's scale. */
	public BigDecimal largestPartner() {
		return partners.stream().map(ResultCell::number).filter(Objects::nonNull).max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
	}

	public BigDecimal largestOption() {
		return options.stream().map(ResultCell::number).filter(Objects::nonNull).max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
	}

	/**
	 * The same result with a choice's options, and the partners' answers, in the reader's language;
	 * the keys stay the stored (Nynorsk) options, so that files read in two languages still match.
	 */
	public FieldResult in(Locale locale) {
		if (field.kind() != FieldKind.CHOICE) {
			return this;
		}
		List<ResultCell> answers = partners.stream()
			.map(c -> c.text() == null ? c : ResultCell.text(c.key(), c.label(), field.choiceLabel(c.text(), locale)))
			.toList();
		List<ResultCell> translated = options.stream()
			.map(c -> new ResultCell(c.key(), field.choiceLabel(c.key(), locale), c.number(), c.text(), c.suppressed()))
			.toList();
		return new FieldResult(position, field, total, regions, answers, translated);
	}

	public boolean anySuppressed() {
		return total.suppressed() || regions.stream().anyMatch(ResultCell::suppressed)
				|| partners.stream().anyMatch(ResultCell::suppressed);
	}

}
