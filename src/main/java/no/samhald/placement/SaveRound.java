package no.samhald.placement;

import java.time.LocalDate;
import java.util.List;

/** A round as the coordinator enters it; the allocators are persons of the community besides the coordinators. */
public record SaveRound(String name, LocalDate serviceStart, LocalDate serviceEnd, LocalDate offersDue,
		LocalDate wishesDue, List<Long> allocatorPersonIds, int version) {
}
