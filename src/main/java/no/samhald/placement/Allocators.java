package no.samhald.placement;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import no.samhald.platform.Access;

/** Who allocates a round: the community's coordinators and the persons chosen for the round. */
@Component
record Allocators(Access access, AllocationStore store) {

	boolean isAllocator(String communitySlug, PlacementRound round) {
		if (access.canCoordinate(communitySlug)) {
			return true;
		}
		return access.currentPersonId()
			.filter(person -> access.isMemberOf(communitySlug) && store.allocators(round.id()).contains(person))
			.isPresent();
	}

	/** Throws (→ 403) unless the signed-in person allocates the round. */
	void require(String communitySlug, PlacementRound round) {
		if (!isAllocator(communitySlug, round)) {
			throw new AccessDeniedException("Not an allocator of placement round " + round.id());
		}
	}

}
