package no.samhald.placement;

import java.time.Instant;
import java.util.List;

/**
 * One version of a round's allocation as the allocators see it: each doctor's place and the rank
 * they gave it, and the totals (how many got their first, second, third choice, a place they did
 * not rank, no place; pairs placed apart).
 */
public record Allocation(long id, int number, String madeBy, Instant madeAt, String kind, List<Row> rows,
		Totals totals) {

	/** A doctor's place in this version; {@code offer} null when not placed, {@code rank} null when not ranked. */
	public record Row(Lis1Doctor doctor, PlaceOffer offer, Integer rank) {
	}

	public record Totals(int first, int second, int third, int lower, int unranked, int unplaced, int pairsApart) {
	}

	/** A version in the history, without its rows. */
	public record Entry(long id, int number, String madeBy, Instant madeAt, String kind, String note) {
	}

}
