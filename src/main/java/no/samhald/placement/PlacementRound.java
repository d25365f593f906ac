package no.samhald.placement;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * One half-year's LIS1 round: the period of district service, the deadline for the municipalities'
 * offers and for the doctors' wishes, and, once approved, the allocation version that was approved.
 */
@Table("placement_round")
public record PlacementRound(@Id Long id, Long communityId, String name, LocalDate serviceStart,
		LocalDate serviceEnd, LocalDate offersDue, LocalDate wishesDue, Long approvedAllocationId,
		LocalDate approvedOn, String approvedBy, @Version int version) implements Versioned {

	public boolean isApproved() {
		return approvedAllocationId != null;
	}

	/** Wishes are taken until the end of the deadline day. */
	public boolean takesWishes(LocalDate today) {
		return !isApproved() && !today.isAfter(wishesDue);
	}

	PlacementRound with(SaveRound r) {
		return new PlacementRound(id, communityId, r.name().strip(), r.serviceStart(), r.serviceEnd(), r.offersDue(),
				r.wishesDue(), approvedAllocationId, approvedOn, approvedBy, r.version());
	}

	PlacementRound approved(long allocationId, LocalDate on, String by) {
		return new PlacementRound(id, communityId, name, serviceStart, serviceEnd, offersDue, wishesDue, allocationId,
				on, by, version);
	}

}
