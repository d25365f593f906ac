package no.samhald.consultation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * A respondent's answers to a round, one per question in the round's order: a draft until
 * {@code submittedAt}; {@code late} when first submitted after the deadline.
 */
@Table("consultation_response")
public record Response(@Id Long id, Long consultationId, RespondentKind kind, Long respondentId, Instant submittedAt,
		boolean late, String answeredBy, @Version int version,
		@MappedCollection(idColumn = "response_id", keyColumn = "position") List<AnswerText> answers)
		implements Versioned {

	public Respondent respondent() {
		return new Respondent(kind, respondentId);
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

	/** The answer to the question at {@code index}, blank where none was given. */
	public String answer(int index) {
		return index < answers.size() ? answers.get(index).text() : "";
	}

}
