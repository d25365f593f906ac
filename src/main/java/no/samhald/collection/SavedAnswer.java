package no.samhald.collection;

/** The answer as stored, and whether this save created it (201) or changed it (200). */
public record SavedAnswer(Answer answer, boolean created) {
}
