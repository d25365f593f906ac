package no.samhald.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the fields in which what a person typed differs from what is stored now, to tell
 * them what someone else changed. Blank and missing text count as the same.
 */
public final class ChangedFields {

	private final List<String> names = new ArrayList<>();

	public ChangedFields compare(String field, Object mine, Object stored) {
		if (!Objects.equals(normalise(mine), normalise(stored))) {
			names.add(field);
		}
		return this;
	}

	public List<String> list() {
		return List.copyOf(names);
	}

	private static Object normalise(Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		return value;
	}

}
