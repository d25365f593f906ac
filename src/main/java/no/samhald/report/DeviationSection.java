package no.samhald.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.deviation.CountCell;
import no.samhald.deviation.CountTable;
import no.samhald.deviation.DeviationStatistics;
import no.samhald.deviation.Deviations;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.Table;

/**
 * The annual report's samhandlingsavvik of the year (by the date of the event): counts by
 * category, by the reporting and the receiving side and by whether the answer came in time. The
 * counts come from the deviation module's statistics, so a suppressed cell arrives without its
 * number and is shown as hidden: the report can never show what the statistics page hides.
 */
@Component
record DeviationSection(Deviations deviations) {

	static final String ID = "deviations";

	Section of(ReportTexts t, Community community, int year) {
		DeviationStatistics statistics = deviations.statistics(community.id(), year);
		CountTable answers = deviations.answersInTime(community.id(), year);
		String heading = t.get("report.annual." + ID);
		if (isNone(statistics.categories().total())) {
			return new Section(ID, heading, List.of(new Paragraph(t.get("report.annual.deviations.none", year))));
		}
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(t.get("report.annual.deviations.suppression")));
		blocks.add(table(t, year, statistics.categories(), "deviation.category."));
		blocks.add(table(t, year, statistics.reportingSides(), "deviation.side."));
		blocks.add(table(t, year, statistics.receivingSides(), "deviation.side."));
		blocks.add(table(t, year, answers, "deviation.answerTiming."));
		return new Section(ID, heading, blocks);
	}

	private static boolean isNone(CountCell total) {
		return !total.suppressed() && total.count() == 0;
	}

	/** One dimension as a table: its label, the count or "hidden", and the total below. */
	private static Table table(ReportTexts t, int year, CountTable counts, String labelPrefix) {
		String dimension = counts.dimension();
		List<List<Cell>> rows = counts.cells().stream()
			.map(c -> List.of(Cell.of(t.get(labelPrefix + c.key())), count(t, c)))
			.toList();
		return new Table(t.get("report.annual.deviations.caption." + dimension, year),
				List.of(t.get("report.annual.deviations.column." + dimension), t.get("report.annual.deviations.count")),
				rows, List.of(Cell.of(t.get("report.total")), count(t, counts.total())));
	}

	private static Cell count(ReportTexts t, CountCell cell) {
		return Cell.number(cell.suppressed() ? t.get("report.hidden") : String.valueOf(cell.count()));
	}

}
