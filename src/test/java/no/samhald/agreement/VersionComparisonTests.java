package no.samhald.agreement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTests {

	@Test
	void changedWordsAreMarkedAndTheRestOfTheSentenceIsNot() {
		List<Words> runs = WordDiff.of("Kommunen skal varslast same dag.", "Kommunen skal varslast elektronisk same dag.");
		assertThat(runs).containsExactly(new Words(Words.Kind.SAME, "Kommunen skal varslast "),
				new Words(Words.Kind.INSERTED, "elektronisk"), new Words(Words.Kind.SAME, " same dag."));
		assertThat(WordDiff.of("heilskaplege og", "heilskaplege, trygge og")).filteredOn(Words::isInserted)
			.extracting(Words::text).allMatch(t -> t.equals(t.strip()));
		assertThat(WordDiff.words(WordDiff.of("éin gong", "to gonger"), Words.Kind.DELETED)).containsExactly("éin", "gong");
	}

	@Test
	void sectionsAreMatchedByHeadingSoThatAnAddedSectionDoesNotMakeTheNextOnesLookNew() {
		var from = version(List.of(section("1", "Formål", "Avtalen skal sikre samarbeid."),
				section("2", "Melding", "På papir."), section("3", "Årleg oppsummering", "FSU får oversikt.")));
		var to = version(List.of(section("1", "Formål", "Avtalen skal sikre godt samarbeid."),
				section("2", "Samtale", "Pasienten får ein samtale."), section("3", "Melding", "På papir.")));

		var comparison = VersionComparison.of(from, to);

		assertThat(comparison.sections()).extracting(SectionChange::kind).containsExactly(SectionChange.Kind.CHANGED,
				SectionChange.Kind.ADDED, SectionChange.Kind.UNCHANGED, SectionChange.Kind.REMOVED);
		assertThat(comparison.sections().get(0).addedWords()).containsExactly("godt");
		assertThat(comparison.sections().get(2).renumbered()).isTrue();
		assertThat(comparison.sections().get(3).removedWords()).contains("Årleg", "oppsummering", "FSU");
		assertThat(comparison.changed()).isEqualTo(1);
		assertThat(comparison.added()).isEqualTo(1);
		assertThat(comparison.removed()).isEqualTo(1);
	}

	@Test
	void aSectionWhoseHeadingChangedButNumberStayedIsTheSameSectionChanged() {
		var from = version(List.of(section("4", "Smittevern", "Partane hjelper kvarandre.")));
		var to = version(List.of(section("4", "Smittevern og pandemi", "Partane hjelper kvarandre.")));

		SectionChange change = VersionComparison.of(from, to).sections().get(0);

		assertThat(change.kind()).isEqualTo(SectionChange.Kind.CHANGED);
		assertThat(change.addedWords()).containsExactly("og", "pandemi");
		assertThat(change.removedWords()).isEmpty();
	}

	@Test
	void anOlderVersionWithPlainTextIsComparedAsOneSection() {
		var old = new AgreementVersion(1L, 1L, "2016", LocalDate.of(2016, 1, 1), "", "", "Gammal tekst.", null,
				List.of(), 1);
		var newer = new AgreementVersion(2L, 1L, "2024", LocalDate.of(2024, 1, 1), "", "", "Ny tekst.", null,
				List.of(), 1);
		assertThat(VersionComparison.of(old, newer).sections()).singleElement()
			.satisfies(c -> assertThat(c.kind()).isEqualTo(SectionChange.Kind.CHANGED));
	}

	@Test
	void renumberingCountsChaptersParagraphsAndPointsWithinTheirParents() {
		var numbered = SectionNumbering.renumber(List.of(new AgreementSection(SectionLevel.CHAPTER, "", "A", ""),
				new AgreementSection(SectionLevel.PARAGRAPH, "9", "B", ""),
				new AgreementSection(SectionLevel.POINT, "", "C", ""),
				new AgreementSection(SectionLevel.PARAGRAPH, "", "D", ""),
				new AgreementSection(SectionLevel.CHAPTER, "", "E", ""),
				new AgreementSection(SectionLevel.PARAGRAPH, "", "F", "")));
		assertThat(numbered).extracting(AgreementSection::number).containsExactly("1", "1.1", "1.1.1", "1.2", "2", "2.1");
	}

	private static AgreementSection section(String number, String heading, String text) {
		return new AgreementSection(SectionLevel.CHAPTER, number, heading, text);
	}

	private static AgreementVersion version(List<AgreementSection> sections) {
		return new AgreementVersion(1L, 1L, "v", null, "", "", "", null, sections, 1);
	}

}
