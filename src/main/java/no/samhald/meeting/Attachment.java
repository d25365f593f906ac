package no.samhald.meeting;

import java.time.Instant;

/** A file attached to a case (case papers), without its content. */
public record Attachment(long id, long caseId, String filename, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt) {
}
