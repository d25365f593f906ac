package no.samhald.collection;

import java.util.List;

/** A collection's results: one per field, counted over the {@code answered} of the {@code asked} partners. */
public record CollectionResult(DataCollection collection, List<FieldResult> fields, int answered, int asked) {
}
