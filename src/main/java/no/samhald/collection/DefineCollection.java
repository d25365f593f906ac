package no.samhald.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator defines: title, period ({@code 2024} or {@code 2024-Q1}), deadline, the
 * partners asked and the fields in order; {@code version} is the one they opened (null when new).
 */
public record DefineCollection(String title, String period, LocalDate deadline, List<Long> partnerIds,
		List<CollectionField> fields, Integer version) {
}
