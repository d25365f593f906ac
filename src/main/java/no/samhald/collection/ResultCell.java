package no.samhald.collection;

import java.math.BigDecimal;

/**
 * One cell of a result: a partner, region, option or the total; a number (sum, mean or count) or,
 * for text and choices per partner, the text. A suppressed cell shows neither.
 */
public record ResultCell(String key, String label, BigDecimal number, String text, boolean suppressed) {

	static ResultCell number(String key, String label, BigDecimal number) {
		return new ResultCell(key, label, number, null, false);
	}

	static ResultCell text(String key, String label, String text) {
		return new ResultCell(key, label, null, text, false);
	}

	static ResultCell hidden(String key, String label) {
		return new ResultCell(key, label, null, null, true);
	}

	/** The number as a bar's share of {@code largest} (0 when hidden or blank), for the charts. */
	public double share(BigDecimal largest) {
		if (number == null || largest == null || largest.signum() <= 0) {
			return 0;
		}
		return Math.max(0, number.doubleValue() / largest.doubleValue());
	}

}
