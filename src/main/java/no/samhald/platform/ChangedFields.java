package no.samhald.platform;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the fields in which what a person typed differs from what is stored now, to tell
 * them what someone else changed. Blank and missing text count as the same.
 */
public final class ChangedFields {

	private final List<String> names = new ArrayList<>();

	/**
	 * The fields in which what a person typed ({@code typed}, a save command) differs from what is
	 * stored: each component of the command but its {@code version} and those {@code notCompared}
	 * is compared with the stored thing's accessor of the same name, so a field added to the
	 * command is compared too.
	 */
	public static List<String> between(Record typed, Object stored, String... notCompared) {
		return new ChangedFields().sameNamed(typed, stored, notCompared).list();
	}

	/** Compares as {@link #between}, for a command that has some fields to compare by hand too. */
	public ChangedFields sameNamed(Record typed, Object stored, String... notCompared) {
		var skipped = Set.of(notCompared);
		for (RecordComponent component : typed.getClass().getRecordComponents()) {
			String field = component.getName();
			if (!field.equals("version") && !skipped.contains(field)) {
				compare(field, read(component.getAccessor(), typed), read(accessor(stored, field), stored));
			}
		}
		return this;
	}

	public ChangedFields compare(String field, Object mine, Object stored) {
		if (!Objects.equals(normalise(mine), normalise(stored))) {
			names.add(field);
		}
		return this;
	}

	public List<String> list() {
		return List.copyOf(names);
	}

	private static Method accessor(Object stored, String field) {
		try {
			return stored.getClass().getMethod(field);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(stored.getClass().getSimpleName() + " has no " + field, ex);
		}
	}

	private static Object read(Method accessor, Object target) {
		try {
			accessor.setAccessible(true);
			return accessor.invoke(target);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read " + accessor.getName(), ex);
		}
	}

	private static Object normalise(Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		return value;
	}

}
