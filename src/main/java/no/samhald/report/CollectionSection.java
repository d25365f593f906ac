package no.samhald.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samhald.collection.CollectionResult;
import no.samhald.collection.CollectionResults;
import no.samhald.collection.CollectionStatus;
import no.samhald.collection.Collections;
import no.samhald.collection.DataCollection;
import no.samhald.collection.FieldResult;
import no.samhald.collection.ResultCell;
import no.samhald.community.Community;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.SubHeading;
import no.samhald.report.ReportDocument.Table;

/**
 * The results of the community's closed collections (kartleggingar) whose period lies in the year:
 * per numeric field the total (a mean for percentages) and the value per region. The results come
 * from the collection module, where a sensitive field's small counts are already suppressed, so a
 * hidden cell is shown as hidden here too. No section at all in a year without such collections.
 */
@Component
record CollectionSection(Collections collections, CollectionResults results) {

	static final String ID = "collections";

	Optional<Section> of(ReportTexts t, Community community, int year) {
		List<DataCollection> ofYear = collections.all(community.id()).stream()
			.filter(c -> c.status() == CollectionStatus.CLOSED && inYear(c.period(), year))
			.sorted(Comparator.comparing(DataCollection::period).thenComparing(DataCollection::title))
			.toList();
		if (ofYear.isEmpty()) {
			return Optional.empty();
		}
		var blocks = new ArrayList<Block>();
		List<CollectionResult> resultList = ofYear.stream().map(c -> results.of(community.id(), c.id())).toList();
		if (resultList.stream().anyMatch(r -> r.fields().stream().anyMatch(f -> f.field().sensitive()))) {
			blocks.add(new Paragraph(t.get("report.annual.collections.suppression")));
		}
		resultList.forEach(result -> addResult(t, result, blocks));
		return Optional.of(new Section(ID, t.get("report.annual." + ID), blocks));
	}

	/** A period is a year ({@code 2024}) or a part of one ({@code 2024-Q1}, {@code 2024-H2}, {@code 2024-03}). */
	static boolean inYear(String period, int year) {
		return period != null && period.strip().startsWith(String.valueOf(year));
	}

	private static void addResult(ReportTexts t, CollectionResult result, List<Block> blocks) {
		DataCollection collection = result.collection();
		String name = collection.title() + " (" + collection.period() + ")";
		blocks.add(new SubHeading(name));
		blocks.add(new Paragraph(t.get("report.annual.collections.answered", result.answered(), result.asked())));
		List<FieldResult> numeric = result.fields().stream().filter(f -> f.field().kind().isNumeric()).toList();
		if (!numeric.isEmpty()) {
			blocks.add(table(t, name, numeric));
		}
	}

	/** One row a field: its total, then a column a region (empty where the region gave no value). */
	private static Table table(ReportTexts t, String name, List<FieldResult> fields) {
		Set<String> regions = new LinkedHashSet<>();
		fields.forEach(f -> f.regions().forEach(r -> regions.add(r.label())));
		var headers = new ArrayList<String>(List.of(t.get("report.annual.collections.field"), t.get("report.total")));
		regions.forEach(r -> headers.add(t.get("report.annual.collections.region", r)));
		Locale locale = t.locale();
		List<List<Cell>> rows = fields.stream().map(f -> {
			var row = new ArrayList<Cell>(List.of(Cell.of(label(t, f, locale)), value(t, f.total())));
			for (String region : regions) {
				row.add(f.regions().stream().filter(r -> region.equals(r.label())).findFirst()
					.map(r -> value(t, r)).orElse(Cell.of("")));
			}
			return (List<Cell>) row;
		}).toList();
		return new Table(t.get("report.annual.collections.caption", name), headers, rows, List.of());
	}

	private static String label(ReportTexts t, FieldResult f, Locale locale) {
		String label = f.field().label(locale);
		if (f.field().unit() != null && !f.field().unit().isBlank()) {
			label += " (" + f.field().unit() + ")";
		}
		return f.field().kind().isAveraged() ? t.get("report.annual.collections.mean", label) : label;
	}

	private static Cell value(ReportTexts t, ResultCell cell) {
		if (cell.suppressed()) {
			return Cell.of(t.get("report.hidden"));
		}
		return Cell.number(cell.number() == null ? "" : ReportTexts.number(cell.number()));
	}

}
