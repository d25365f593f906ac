package no.samhald.consultation;

/** A round's uploaded document with its content. */
public record StoredFile(String filename, String contentType, byte[] content) {
}
