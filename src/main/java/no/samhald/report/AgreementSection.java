package no.samhald.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.Agreements;
import no.samhald.community.Community;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Section;

/** The annual report's agreements adopted or revised in the year, one row a version. */
@Component
record AgreementSection(Agreements agreements) {

	Section of(ReportTexts t, Community community, int year) {
		var rows = new ArrayList<List<Cell>>();
		for (Agreement agreement : agreements.all(community.id())) {
			for (AgreementVersion v : agreements.versions(community.id(), agreement.id())) {
				if (v.adoptedOn() != null && v.adoptedOn().getYear() == year) {
					rows.add(List.of(Cell.of(agreement.title()), Cell.of(v.label()), Cell.of(ReportTexts.day(v.adoptedOn())),
							Cell.of(Objects.requireNonNullElse(v.adoptedBy(), ""))));
				}
			}
		}
		return t.tableOrNone("agreements", year, rows, List.of(t.get("report.annual.agreement"),
				t.get("report.annual.version"), t.get("report.annual.adoptedOn"), t.get("report.annual.adoptedBy")),
				List.of());
	}

}
