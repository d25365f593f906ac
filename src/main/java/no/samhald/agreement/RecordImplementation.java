package no.samhald.agreement;

/**
 * A partner's implementation of an agreement as its contact or a coordinator records it, over {@code version}:
 * the version of the partner's implementation they saw (0 when nothing was recorded yet).
 */
public record RecordImplementation(ImplementationStatus status, String note, int version) {
}
