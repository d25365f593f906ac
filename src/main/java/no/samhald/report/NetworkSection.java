package no.samhald.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.network.Gathering;
import no.samhald.network.LearningNetwork;
import no.samhald.network.NetworkFigures;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.Table;

/**
 * The annual report's section on the learning network "gode pasientforløp" (seed 004, 4.2): the
 * teams and municipalities taking part in the year, and its gatherings with their participants
 * and teams. A community without a network that year gets no section.
 */
@Component
record NetworkSection(LearningNetwork network) {

	Optional<Section> of(ReportTexts t, Community community, int year) {
		NetworkFigures figures = network.figures(community.id(), year);
		if (figures.isEmpty()) {
			return Optional.empty();
		}
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(figures.otherPartners().isEmpty()
				? t.get("network.report.summary", figures.teams(), figures.municipalities(), year)
				: t.get("network.report.summary.others", figures.teams(), figures.municipalities(), year,
						String.join(", ", figures.otherPartners()))));
		if (figures.gatherings().isEmpty()) {
			blocks.add(new Paragraph(t.get("network.report.noGatherings", year)));
		}
		else {
			blocks.add(gatherings(t, figures.gatherings(), year));
		}
		return Optional.of(new Section("network", t.get("network.report.title"), blocks));
	}

	private static Table gatherings(ReportTexts t, List<Gathering> gatherings, int year) {
		var rows = new ArrayList<List<Cell>>();
		for (Gathering g : gatherings) {
			rows.add(List.of(Cell.of(g.event().title()), Cell.of(ReportTexts.day(g.event().startsAt().toLocalDate())),
					Cell.of(g.participants()), Cell.of(g.teamCount())));
		}
		return new Table(t.get("network.report.caption", year), List.of(t.get("network.gathering.event"),
				t.get("network.gathering.date"), t.get("network.gathering.participants"),
				t.get("network.gathering.teams")), rows, List.of());
	}

}
