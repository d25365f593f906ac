package no.samhald.placement;

import java.time.LocalDate;
import java.util.List;

/**
 * The allocators approved a round's allocation: whom to tell where they serve. Carries the
 * doctors' names and e-mails so that the notification module needs no access to this module's data.
 */
public record PlacementApproved(long communityId, long roundId, String roundName, LocalDate serviceStart,
		LocalDate serviceEnd, List<Placed> placements) {

	/** One doctor's placement: the municipality that offered the place and its service site. */
	public record Placed(String doctorName, String doctorEmail, long municipalityId, String municipalityName,
			String serviceSite) {
	}

}
