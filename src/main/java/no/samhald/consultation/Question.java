package no.samhald.consultation;

import org.springframework.data.relational.core.mapping.Table;

/** One question of a round; its place in the round's list is its number. */
@Table("consultation_question")
public record Question(String text) {
}
