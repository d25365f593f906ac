package no.samhald.consultation;

import java.util.List;

/**
 * A respondent's answers, one per question in order, over {@code version} (0 for the first save);
 * {@code submit}: hand them in, rather than keep them as a draft.
 */
public record SaveAnswers(List<String> answers, boolean submit, int version) {
}
