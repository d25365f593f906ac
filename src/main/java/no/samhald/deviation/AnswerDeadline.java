package no.samhald.deviation;

import java.time.LocalDate;

/** A deviation still waiting for the receiving partner's answer, and when that answer is due. */
public record AnswerDeadline(long communityId, long deviationId, long receivingPartnerId, LocalDate answerDue) {
}
