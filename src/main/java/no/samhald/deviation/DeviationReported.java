package no.samhald.deviation;

import java.time.LocalDate;

/** A deviation was reported and routed to the receiving partner, who must answer by {@code answerDue}. */
public record DeviationReported(long communityId, long deviationId, long reportingPartnerId,
		long receivingPartnerId, DeviationCategory category, LocalDate answerDue) {
}
