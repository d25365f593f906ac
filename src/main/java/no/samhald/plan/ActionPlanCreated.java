package no.samhald.plan;

/** An action plan was made; {@code carriedOver} measures came along from its predecessor. */
public record ActionPlanCreated(long communityId, long actionPlanId, Long predecessorId, int carriedOver) {
}
