package no.samhald.placement;

/** An offer of places as a municipality's contact enters it. */
public record SaveOffer(Integer seats, String serviceSite, String supervisor, boolean housing, boolean needsCar,
		String notes, int version) {
}
