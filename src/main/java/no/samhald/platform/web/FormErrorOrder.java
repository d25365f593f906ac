package no.samhald.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's error summary ({@code fragments/forms :: errorSummaryFor}) in the order of the
 * form's fields, as the page shows them: Bean Validation reports its violations from a hash set,
 * so their order varied from one sending to the next. The form's errors come first, then each
 * field's in the order its class declares it; a row of a list ({@code members[2].name}) by its
 * number, then in its row class's order. Every error is ordered here, whoever made it: a value
 * that could not be converted keeps its field's place too. Two messages of one field go by their
 * text, so that they do not swap either.
 */
@Component
record FormErrorOrder() {

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[([^\\]]*)])?");

	/** The errors of {@code form} (the page's selected object) in the order of its fields. */
	public List<DetailedError> of(List<DetailedError> errors, Object form) {
		if (form == null) {
			return errors;
		}
		// each error's place is found once (reflection), not at every comparison of the sort
		Map<DetailedError, int[]> places = new IdentityHashMap<>();
		errors.forEach(e -> places.put(e, place(e, form.getClass())));
		Comparator<DetailedError> byPlace = (a, b) -> Arrays.compare(places.get(a), places.get(b));
		return errors.stream().sorted(byPlace.thenComparing(e -> String.valueOf(e.getMessage()))).toList();
	}

	/** The error's place as numbers compared in turn ({@link Arrays#compare}): none for the form's own errors, so they come first. */
	private static int[] place(DetailedError error, Class<?> form) {
		List<Integer> place = new ArrayList<>();
		if (error.isGlobal() || error.getFieldName() == null) {
			return new int[0];
		}
		ResolvableType type = ResolvableType.forClass(form);
		Matcher segment = SEGMENT.matcher(error.getFieldName());
		while (type != ResolvableType.NONE && segment.find()) {
			List<Field> fields = fieldsInOrder(type.resolve(Object.class));
			int at = indexOf(fields, segment.group(1));
			place.add(at < 0 ? Integer.MAX_VALUE : at);
			type = at < 0 ? ResolvableType.NONE : ResolvableType.forField(fields.get(at), type);
			if (segment.group(2) != null) {
				place.add(rowNumber(segment.group(2)));
				type = elementOf(type);
			}
		}
		return place.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The fields of a form class, its superclasses' first, in the order they are declared. */
	private static List<Field> fieldsInOrder(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			List<Field> own = Arrays.stream(c.getDeclaredFields())
				.filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
				.toList();
			fields.addAll(0, own);
		}
		return fields;
	}

	private static int indexOf(List<Field> fields, String name) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).getName().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private static int rowNumber(String index) {
		try {
			return Integer.parseInt(index.strip());
		}
		catch (NumberFormatException notARowNumber) {
			return Integer.MAX_VALUE;
		}
	}

	private static ResolvableType elementOf(ResolvableType container) {
		if (container.isArray()) {
			return container.getComponentType();
		}
		if (Map.class.isAssignableFrom(container.toClass())) {
			return container.asMap().getGeneric(1);
		}
		return container.asCollection().getGeneric(0);
	}

}
