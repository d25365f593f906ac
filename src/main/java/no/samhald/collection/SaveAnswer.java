package no.samhald.collection;

import java.util.Map;

/**
 * A partner's values by field position as typed (blank = not given), whether to submit, and the
 * version of the answer the person saw (null for a first answer).
 */
public record SaveAnswer(Map<Integer, String> values, boolean submit, Integer version) {
}
