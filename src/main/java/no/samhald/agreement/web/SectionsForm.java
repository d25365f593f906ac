package no.samhald.agreement.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.samhald.agreement.AgreementSection;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.SectionNumbering;
import no.samhald.platform.EditForm;

/**
 * The sections of a draft as the coordinator edits them: rows in order, each with a position
 * to move it, a box to remove it, and empty rows to add sections; optionally renumbered by level.
 */
class SectionsForm implements EditForm<AgreementVersion> {

	/** Empty rows at the end of the editor, for new sections. */
	static final int NEW_ROWS = 2;

	public List<SectionRow> sections = new ArrayList<>();

	public boolean renumber;

	int version;

	static SectionsForm of(AgreementVersion draft) {
		var form = new SectionsForm();
		List<AgreementSection> stored = draft.sections();
		for (int i = 0; i < stored.size(); i++) {
			form.sections.add(SectionRow.of(stored.get(i), i + 1));
		}
		form.version = draft.version();
		form.addNewRows();
		return form;
	}

	/**
	 * The sections to save: rows marked for removal and empty rows left out, the rest ordered by
	 * position (rows without one stay where they are). The rows become these sections, in this
	 * order, so that a problem with section i shows beside row i.
	 */
	List<AgreementSection> toSections() {
		var kept = new ArrayList<Placed>();
		for (int i = 0; i < sections.size(); i++) {
			SectionRow row = sections.get(i);
			if (row != null && !row.remove && !row.isBlank()) {
				kept.add(new Placed(row, row.position == null ? i + 1 : row.position, i + 1));
			}
		}
		// A row moved to position 2 goes before the row that was there: that is what moving it meant.
		kept.sort(Comparator.comparingInt(Placed::position).thenComparing(p -> p.position() == p.before()));
		List<AgreementSection> result = kept.stream().map(p -> p.row().toSection()).toList();
		if (renumber) {
			result = SectionNumbering.renumber(result);
		}
		sections = new ArrayList<>();
		for (int i = 0; i < result.size(); i++) {
			sections.add(SectionRow.of(result.get(i), i + 1));
		}
		renumber = false;
		return result;
	}

	private record Placed(SectionRow row, int position, int before) {
	}

	void addNewRows() {
		for (int i = 0; i < NEW_ROWS; i++) {
			sections.add(new SectionRow());
		}
	}

	@Override
	public List<String> fieldsChangedIn(AgreementVersion stored) {
		List<AgreementSection> mine = sections.stream().filter(r -> !r.isBlank()).map(SectionRow::toSection).toList();
		return mine.equals(stored.sections()) ? List.of() : List.of("sections");
	}

}
