package no.samhald.collection;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One field's value in a partner's answer, in canonical form, with who entered it and when. */
@Table("collection_value")
public record AnswerValue(String value, String enteredBy, Instant enteredAt) {
}
