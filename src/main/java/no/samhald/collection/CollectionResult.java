package no.samhald.collection;

import java.util.List;
import java.util.Locale;

/** A collection's results: one per field, counted over the {@code answered} of the {@code asked} partners. */
public record CollectionResult(DataCollection collection, List<FieldResult> fields, int answered, int asked) {

	/** The same results with the choices' options in the reader's language. */
	public CollectionResult in(Locale locale) {
		return new CollectionResult(collection, fields.stream().map(f -> f.in(locale)).toList(), answered, asked);
	}

}
