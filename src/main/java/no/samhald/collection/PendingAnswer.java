package no.samhald.collection;

import java.time.LocalDate;

/** A partner asked by an open collection that has not submitted its answer: for reminders. */
public record PendingAnswer(long communityId, long collectionId, String title, String period, LocalDate deadline,
		long partnerId, String partnerName) {
}
