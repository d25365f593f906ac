package no.samhald.agreement.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samhald.agreement.AgreementSection;
import no.samhald.agreement.SectionLevel;

import static org.assertj.core.api.Assertions.assertThat;

class SectionsFormTests {

	@Test
	void rowsAreReorderedRemovedAddedAndRenumberedAndTheFormShowsWhatWasSaved() {
		var form = new SectionsForm();
		form.sections = new ArrayList<>(List.of(row("1", "A", 1), row("2", "B", 2), row("3", "C", 3),
				row("4", "D", 4), new SectionRow()));
		form.sections.get(3).position = 2;
		form.sections.get(1).remove = true;
		SectionRow added = form.sections.get(4);
		added.heading = "E";
		added.level = SectionLevel.CHAPTER;
		form.renumber = true;

		List<AgreementSection> sections = form.toSections();

		assertThat(sections).extracting(AgreementSection::title).containsExactly("1 A", "2 D", "3 C", "4 E");
		assertThat(form.sections).extracting(row -> row.heading).containsExactly("A", "D", "C", "E");
		assertThat(form.renumber).isFalse();
	}

	private static SectionRow row(String number, String heading, int position) {
		return SectionRow.of(new AgreementSection(SectionLevel.CHAPTER, number, heading, "tekst"), position);
	}

}
