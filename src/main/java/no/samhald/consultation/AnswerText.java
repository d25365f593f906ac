package no.samhald.consultation;

import org.springframework.data.relational.core.mapping.Table;

/** The answer to one question, at the question's place in the round. */
@Table("consultation_answer")
public record AnswerText(String text) {
}
