package no.samhald.costsplit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number of kroner by weights so that the parts are whole kroner and add up to
 * exactly the amount (the largest-remainder method, as in Hare–Niemeyer): each part is first
 * rounded down, and the kroner left over go one each to the parts with the largest remainders;
 * equal remainders go by the tie key (kommunenummer) in ascending order, so the split is the same
 * every time.
 */
final class LargestRemainder {

	private LargestRemainder() {
	}

	/** A part to split to: its weight (population, 1, or a fixed key) and the key that breaks ties. */
	record Part(long weight, String tieKey) {
	}

	static long[] split(long amount, List<Part> parts) {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("nothing to split over");
		}
		BigInteger total = BigInteger.ZERO;
		for (Part part : parts) {
			if (part.weight() < 0) {
				throw new IllegalArgumentException("negative weight");
			}
			total = total.add(BigInteger.valueOf(part.weight()));
		}
		if (total.signum() == 0) {
			throw new IllegalArgumentException("all weights are zero");
		}
		long[] amounts = new long[parts.size()];
		BigInteger[] remainders = new BigInteger[parts.size()];
		long given = 0;
		for (int i = 0; i < parts.size(); i++) {
			BigInteger[] division = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(parts.get(i).weight()))
				.divideAndRemainder(total);
			amounts[i] = division[0].longValueExact();
			remainders[i] = division[1];
			given += amounts[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
			.thenComparing(i -> parts.get(i).tieKey(), Comparator.nullsLast(Comparator.naturalOrder())));
		for (int k = 0; k < amount - given; k++) {
			amounts[order.get(k)]++;
		}
		return amounts;
	}

}
