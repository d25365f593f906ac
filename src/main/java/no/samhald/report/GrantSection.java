package no.samhald.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.funding.Funding;
import no.samhald.funding.GrantAccount;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Section;

/** The annual report's grants given or spent from in the year, with what is left of each now. */
@Component
record GrantSection(Funding funding) {

	Section of(ReportTexts t, Community community, int year) {
		var rows = new ArrayList<List<Cell>>();
		long granted = 0;
		long spent = 0;
		for (GrantAccount account : funding.accounts(community.id())) {
			long spentInYear = account.uses().stream().filter(u -> u.spentOn().getYear() == year)
				.mapToLong(u -> u.amount()).sum();
			if (account.grant().year() == year || spentInYear > 0) {
				long grantedInYear = account.grant().year() == year ? account.grant().amount() : 0;
				rows.add(List.of(Cell.of(account.grant().title()), Cell.of(account.grant().source()),
						Cell.number(ReportTexts.kroner(grantedInYear)), Cell.number(ReportTexts.kroner(spentInYear)),
						Cell.number(ReportTexts.kroner(account.balance()))));
				granted += grantedInYear;
				spent += spentInYear;
			}
		}
		return t.tableOrNone("grants", year, rows, List.of(t.get("report.annual.grant"), t.get("report.annual.source"),
				t.get("report.annual.granted"), t.get("report.annual.spent"), t.get("report.annual.balance")),
				List.of(Cell.of(t.get("report.total")), Cell.of(""), Cell.number(ReportTexts.kroner(granted)),
						Cell.number(ReportTexts.kroner(spent)), Cell.of("")));
	}

}
