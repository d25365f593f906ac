package no.samhald.collection;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/** One partner's answer to a collection: the values by field position. */
@Table("collection_answer")
public record Answer(@Id Long id, Long collectionId, Long partnerId, AnswerStatus status, String submittedBy,
		Instant submittedAt, @MappedCollection(idColumn = "answer_id", keyColumn = "field_position") Map<Integer, AnswerValue> values,
		@Version int version) implements Versioned {

	public boolean isSubmitted() {
		return status == AnswerStatus.SUBMITTED;
	}

	/** The value of the field at {@code position}, or null when left blank. */
	public String valueOf(int position) {
		AnswerValue v = values.get(position);
		return v == null ? null : v.value();
	}

}
