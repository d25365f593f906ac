package no.samhald.collection.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import no.samhald.collection.CollectionResult;
import no.samhald.collection.FieldResult;
import no.samhald.collection.ResultCell;

/**
 * A collection's results as files: CSV in SSB's convention ({@code ;}, decimal point, UTF-8), one
 * line per field and cell; and a JSON-stat 2.0 dataset of the numeric fields with the dimensions
 * {@code area} (total, regions, partners) and {@code field}, as SSB's statbank returns tables, so
 * that the same readers take it; the yes/no and choice fields' counts per option go in its
 * {@code extension.choices}. A suppressed cell is {@code null} with status {@code ..}, as SSB
 * marks figures withheld for confidentiality.
 */
final class ResultDownloads {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final String SUPPRESSED = "..";

	private ResultDownloads() {
	}

	static ResponseEntity<String> csv(CollectionResult result, Locale locale) {
		var text = new StringBuilder("field;label;unit;level;key;name;value;status\r\n");
		for (FieldResult f : result.fields()) {
			String[] head = { String.valueOf(f.position()), f.field().label(locale), f.field().unit() };
			line(text, head, "total", f.total());
			f.regions().forEach(c -> line(text, head, "region", c));
			f.partners().forEach(c -> line(text, head, "partner", c));
			f.options().forEach(c -> line(text, head, "option", c));
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header("Content-Disposition", "attachment; filename=\"collection-" + result.collection().id() + ".csv\"")
			.body(text.toString());
	}

	private static void line(StringBuilder text, String[] head, String level, ResultCell c) {
		Object value = c.suppressed() ? null : c.number() != null ? c.number().toPlainString() : c.text();
		List<Object> cells = List.of(head[0], head[1], nullToEmpty(head[2]), level, c.key(), nullToEmpty(c.label()),
				value == null ? "" : value, c.suppressed() ? SUPPRESSED : "");
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(';');
			}
			String cell = cells.get(i).toString();
			text.append(cell.contains(";") || cell.contains("\"") || cell.contains("\n")
					? '"' + cell.replace("\"", "\"\"") + '"' : cell);
		}
		text.append("\r\n");
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	static ResponseEntity<Map<String, Object>> jsonStat(CollectionResult result, Locale locale, String totalLabel) {
		List<FieldResult> numeric = result.fields().stream().filter(f -> f.field().kind().isNumeric()).toList();
		Map<String, String> areas = new LinkedHashMap<>();
		areas.put("TOTAL", totalLabel);
		for (FieldResult f : numeric) {
			f.regions().forEach(c -> areas.putIfAbsent("region-" + c.key(), c.label()));
		}
		for (FieldResult f : numeric) {
			f.partners().forEach(c -> areas.putIfAbsent("partner-" + c.key(), c.label()));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, Object> units = new LinkedHashMap<>();
		numeric.forEach(f -> {
			fields.put(String.valueOf(f.position()), f.field().label(locale));
			units.put(String.valueOf(f.position()), Map.of("label", f.field().unit() == null ? "" : f.field().unit(),
					"decimals", f.field().kind().name().equals("INTEGER") ? 0 : 2));
		});
		var values = new ArrayList<BigDecimal>();
		Map<String, String> status = new LinkedHashMap<>();
		for (String area : areas.keySet()) {
			for (FieldResult f : numeric) {
				ResultCell cell = cellOf(f, area);
				if (cell != null && cell.suppressed()) {
					status.put(String.valueOf(values.size()), SUPPRESSED);
				}
				values.add(cell == null ? null : cell.number());
			}
		}
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("version", "2.0");
		dataset.put("class", "dataset");
		dataset.put("label", result.collection().title() + " (" + result.collection().period() + ")");
		dataset.put("id", List.of("area", "field"));
		dataset.put("size", List.of(areas.size(), fields.size()));
		dataset.put("dimension", Map.of("area", dimension("Area", areas, null), "field",
				dimension("Field", fields, units)));
		dataset.put("value", values);
		dataset.put("status", status);
		dataset.put("extension", Map.of("period", result.collection().period(), "answered", result.answered(),
				"asked", result.asked(), "choices", choices(result, locale)));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(dataset);
	}

	/**
	 * The yes/no and choice fields, which a numeric cube cannot hold: per field its label and the
	 * number of partners per option, the options labelled in the reader's language and keyed as stored.
	 */
	private static Map<String, Object> choices(CollectionResult result, Locale locale) {
		Map<String, Object> fields = new LinkedHashMap<>();
		result.fields().stream().filter(f -> f.field().kind().isCategorical()).forEach(f -> {
			Map<String, String> labels = new LinkedHashMap<>();
			Map<String, BigDecimal> counts = new LinkedHashMap<>();
			f.options().forEach(c -> {
				labels.put(c.key(), c.label());
				counts.put(c.key(), c.number());
			});
			fields.put(String.valueOf(f.position()), Map.of("label", f.field().label(locale), "category",
					Map.of("label", labels), "partners", counts));
		});
		return fields;
	}

	private static Map<String, Object> dimension(String label, Map<String, String> labels, Map<String, Object> units) {
		Map<String, Integer> index = new LinkedHashMap<>();
		labels.keySet().forEach(k -> index.put(k, index.size()));
		Map<String, Object> category = new LinkedHashMap<>();
		category.put("index", index);
		category.put("label", labels);
		if (units != null) {
			category.put("unit", units);
		}
		return Map.of("label", label, "category", category);
	}

	private static ResultCell cellOf(FieldResult f, String area) {
		if (area.equals("TOTAL")) {
			return f.total();
		}
		List<ResultCell> cells = area.startsWith("region-") ? f.regions() : f.partners();
		String key = area.substring(area.indexOf('-') + 1);
		return cells.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
	}

}
