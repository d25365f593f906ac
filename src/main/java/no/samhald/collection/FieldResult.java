package no.samhald.collection;

import java.math.BigDecimal;
import java.util.List;
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

	public boolean anySuppressed() {
		return total.suppressed() || regions.stream().anyMatch(ResultCell::suppressed)
				|| partners.stream().anyMatch(ResultCell::suppressed);
	}

}
