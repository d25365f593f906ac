package no.samhald.deviation;

/** The receiver answered a deviation; its reporter ({@code reportedBy}, a username) may read the answer. */
public record DeviationAnswered(String communitySlug, long deviationId, String reportedBy) {
}
