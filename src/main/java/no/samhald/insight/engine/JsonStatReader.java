package no.samhald.insight.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samhald.insight.engine.ImportProblem.Kind;

/**
 * Reads a JSON-stat 2.0 dataset as SSB's statbank API returns it: dimensions Region, Kjonn, Alder,
 * ContentsCode and Tid (any order, as listed in {@code id} with {@code size}), the values in
 * row-major order as an array or a sparse object. A projection alternative (MMMM…) may be a
 * ContentsCode category or a dimension of its own. A cell's place in a problem is written as
 * {@code value[i] (Region=4640, Kjonn=1, Alder=005, Tid=2022)}.
 */
final class JsonStatReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();


	private final SsbTableReader owner;

	JsonStatReader(SsbTableReader owner) {
		this.owner = owner;
	}

	private enum Role {
		REGION, SEX, AGE, YEAR, ALTERNATIVE, CONSTANT
	}

	private record Dimension(String id, Role role, List<String> codes, List<String> labels) {
	}

	SsbTable read(byte[] content) {
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw rejection(null, ex.getOriginalMessage(), Kind.NOT_JSON_STAT);
		}
		if (root.has("dataset") && !root.has("id")) {
			root = root.get("dataset");
		}
		JsonNode ids = root.path("id");
		JsonNode sizes = root.path("size");
		JsonNode dims = root.path("dimension");
		if (!ids.isArray() || !sizes.isArray() || !dims.isObject() || ids.size() != sizes.size() || !root.has("value")) {
			throw rejection("id/size/dimension/value", null, Kind.NOT_JSON_STAT);
		}
		var cells = new Cells(owner::isKnown);
		var dimensions = new ArrayList<Dimension>();
		for (int d = 0; d < ids.size(); d++) {
			String id = ids.get(d).asString();
			JsonNode category = dims.path(id).path("category");
			List<String> codes = codes(category, sizes.get(d).asInt());
			List<String> labels = new ArrayList<>();
			for (String code : codes) {
				labels.add(category.path("label").path(code).asString(code));
			}
			Role role = role(id, codes, labels);
			if (role == null) {
				cells.problem(null, id, String.join(",", codes), Kind.UNKNOWN_COLUMN);
			}
			dimensions.add(new Dimension(id, role, codes, labels));
		}
		for (Role required : new Role[] { Role.REGION, Role.SEX, Role.AGE, Role.YEAR }) {
			if (dimensions.stream().noneMatch(d -> d.role() == required)) {
				cells.problem(null, required.name().toLowerCase(Locale.ROOT), null, Kind.MISSING_DIMENSION);
			}
		}
		if (cells.hasProblems()) {
			throw new ImportRejection(cells.problems);
		}
		int total = 1;
		for (Dimension d : dimensions) {
			total *= d.codes().size();
		}
		JsonNode values = root.get("value");
		int rows = 0;
		int[] position = new int[dimensions.size()];
		for (int i = 0; i < total && !cells.full(); i++) {
			int rest = i;
			for (int d = dimensions.size() - 1; d >= 0; d--) {
				int size = dimensions.get(d).codes().size();
				position[d] = rest % size;
				rest /= size;
			}
			JsonNode value = values.isArray() ? values.get(i) : values.get(String.valueOf(i));
			rows++;
			cell(cells, i, dimensions, position, value);
		}
		return cells.finish(null, "json-stat", rows);
	}

	private void cell(Cells cells, int index, List<Dimension> dimensions, int[] position, JsonNode value) {
		var place = new StringBuilder("value[").append(index).append("] (");
		for (int d = 0; d < dimensions.size(); d++) {
			place.append(d == 0 ? "" : ", ").append(dimensions.get(d).id()).append('=')
				.append(dimensions.get(d).codes().get(position[d]));
		}
		String column = place.append(')').toString();
		String unit = null;
		Integer sex = null, age = null, year = null;
		String series = SsbTable.OBSERVED;
		boolean ok = true;
		for (int d = 0; d < dimensions.size(); d++) {
			Dimension dim = dimensions.get(d);
			String code = dim.codes().get(position[d]);
			switch (dim.role()) {
				case REGION -> {
					unit = cells.unit(null, column, code);
					ok &= unit != null;
				}
				case SEX -> {
					sex = cells.sex(null, column, code);
					ok &= sex != null;
				}
				case AGE -> {
					age = cells.age(null, column, code);
					ok &= age != null;
				}
				case YEAR -> {
					year = cells.year(null, column, code);
					ok &= year != null;
				}
				case ALTERNATIVE -> {
					String alternative = alternative(code, dim.labels().get(position[d]));
					if (alternative != null) {
						series = alternative;
					}
				}
				case CONSTANT -> {
				}
			}
		}
		if (!ok) {
			return;
		}
		String text = value == null || value.isNull() ? "null" : value.asString();
		Long count = null;
		if (value != null && value.isIntegralNumber()) {
			count = cells.count(null, column, String.valueOf(value.asLong()));
		}
		else if (value != null && value.isNumber() && value.asDouble() == Math.rint(value.asDouble())) {
			count = cells.count(null, column, String.valueOf((long) value.asDouble()));
		}
		else {
			cells.problem(null, column, text, Kind.NOT_A_NUMBER);
		}
		if (count != null) {
			cells.add(null, column, text, series, year, unit, sex, age, count);
		}
	}

	private static List<String> codes(JsonNode category, int size) {
		String[] codes = new String[size];
		JsonNode index = category.path("index");
		if (index.isArray()) {
			for (int i = 0; i < index.size() && i < size; i++) {
				codes[i] = index.get(i).asString();
			}
		}
		else if (index.isObject()) {
			for (var entry : index.properties()) {
				int at = entry.getValue().asInt();
				if (at >= 0 && at < size) {
					codes[at] = entry.getKey();
				}
			}
		}
		else if (category.path("label").isObject() && size == 1) {
			codes[0] = category.path("label").propertyNames().iterator().next();
		}
		var list = new ArrayList<String>();
		for (int i = 0; i < size; i++) {
			list.add(codes[i] == null ? "?" + i : codes[i]);
		}
		return list;
	}

	private static Role role(String id, List<String> codes, List<String> labels) {
		String lower = id.toLowerCase(Locale.ROOT);
		if (lower.equals("region") || lower.equals("kommune") || lower.equals("geo")) {
			return Role.REGION;
		}
		if (lower.equals("kjonn") || lower.equals("kjønn") || lower.equals("sex")) {
			return Role.SEX;
		}
		if (lower.equals("alder") || lower.equals("age")) {
			return Role.AGE;
		}
		if (lower.equals("tid") || lower.equals("year") || lower.equals("time")) {
			return Role.YEAR;
		}
		boolean alternatives = true;
		for (int i = 0; i < codes.size(); i++) {
			alternatives &= alternative(codes.get(i), labels.get(i)) != null;
		}
		if (alternatives) {
			return Role.ALTERNATIVE;
		}
		return codes.size() == 1 ? Role.CONSTANT : null;
	}

	private static String alternative(String code, String label) {
		Matcher m = Cells.ALTERNATIVE.matcher(code);
		if (m.find()) {
			return m.group(1);
		}
		m = Cells.ALTERNATIVE.matcher(label);
		return m.find() ? m.group(1) : null;
	}

	private static ImportRejection rejection(String column, String value, Kind kind) {
		return new ImportRejection(List.of(new ImportProblem(null, column, value, kind)));
	}

}
