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
		form.setSections(new ArrayList<>(List.of(row("1", "A", 1), row("2", "B", 2), row("3", "C", 3),
				row("4", "D", 4), new SectionRow())));
		form.getSections().get(3).setPosition(2);
		form.getSections().get(1).setRemove(true);
		SectionRow added = form.getSections().get(4);
		added.setHeading("E");
		added.setLevel(SectionLevel.CHAPTER);
		form.setRenumber(true);

		List<AgreementSection> sections = form.toSections();

		assertThat(sections).extracting(AgreementSection::title).containsExactly("1 A", "2 D", "3 C", "4 E");
		assertThat(form.getSections()).extracting(SectionRow::getHeading).containsExactly("A", "D", "C", "E");
		assertThat(form.isRenumber()).isFalse();
	}

	private static SectionRow row(String number, String heading, int position) {
		return SectionRow.of(new AgreementSection(SectionLevel.CHAPTER, number, heading, "tekst"), position);
	}

}
