package no.samhald.deviation;

import java.time.LocalDate;

/**
 * The receiving partner answered a deviation (with its improvement measure); {@code reportedBy} is
 * the username of the reporter, who is told that the answer is ready.
 */
public record DeviationAnswered(long communityId, String communitySlug, long deviationId, long reportingPartnerId,
		long receivingPartnerId, String reportedBy, LocalDate answeredOn) {
}
