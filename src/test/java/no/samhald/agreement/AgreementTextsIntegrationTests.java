package no.samhald.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@WithUserDetails("koordinator")
class AgreementTextsIntegrationTests {

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementTexts texts;

	@Autowired
	AdoptingCases cases;

	@Autowired
	Communities communities;

	@Test
	void theDemoFrameworkAgreementHasSectionsAndADraftWithVisibleChanges() {
		Community community = sognOgFjordane();
		Agreement framework = agreements.all(community.id()).stream()
			.filter(a -> a.kind() == AgreementKind.FRAMEWORK).findFirst().orElseThrow();
		AgreementVersion inForce = agreements.versionInForce(community.id(), framework.id()).orElseThrow();
		AgreementVersion draft = texts.draft(community.id(), framework.id()).orElseThrow();
		assertThat(inForce.sections()).extracting(AgreementSection::title).contains("3.1 Partnarskapsmøtet");

		var comparison = texts.compare(community.id(), framework.id(), inForce.id(), draft.id());

		assertThat(comparison.sections()).filteredOn(c -> c.kind() == SectionChange.Kind.ADDED)
			.extracting(c -> c.section().heading()).containsExactly("Sekretariat", "Ikraftsetjing");
		assertThat(comparison.sections()).filteredOn(c -> c.section().number().equals("2")).singleElement()
			.satisfies(c -> assertThat(c.addedWords()).contains("trygge", "evaluere"));
	}

	@Test
	void aDraftStartsFromTheTextInForceIsEditedAndAdoptedAndIsThenReadOnly() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community);
		agreements.adopt(community, agreement.id(),
				new AdoptVersion("2020", LocalDate.of(2020, 5, 1), "SSU", "", "Den gamle teksten.", null));
		AgreementVersion draft = texts.startDraft(community, agreement.id(), "Utkast");
		assertThat(draft.sections()).extracting(AgreementSection::text).containsExactly("Den gamle teksten.");
		assertThatThrownBy(() -> texts.startDraft(community, agreement.id(), "Utkast 2"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("agreement.draft.exists"));

		List<AgreementSection> sections = List.of(new AgreementSection(SectionLevel.CHAPTER, "1", "Formål", "Ny tekst."),
				new AgreementSection(SectionLevel.PARAGRAPH, "1.1", "Omfang", "Alle partane."));
		AgreementVersion saved = texts.saveSections(community, agreement.id(), draft.id(), sections, draft.version());
		assertThat(texts.version(community.id(), agreement.id(), draft.id()).sections()).isEqualTo(sections);
		// A second coordinator who opened the draft before that save is refused, and nothing is lost.
		assertThatThrownBy(() -> texts.saveSections(community, agreement.id(), draft.id(), List.of(), draft.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(texts.version(community.id(), agreement.id(), draft.id()).sections()).hasSize(2);

		AdoptingCase adopting = cases.choices(community).get(0);
		texts.adoptDraft(community, agreement.id(), draft.id(),
				new AdoptDraft(LocalDate.of(2025, 3, 1), "SSU", "Forenkla", adopting.id(), saved.version()));

		AgreementVersion adopted = agreements.versionInForce(community.id(), agreement.id()).orElseThrow();
		assertThat(adopted.id()).isEqualTo(draft.id());
		assertThat(cases.find(community, adopted.caseId())).contains(adopting);
		assertThatThrownBy(() -> texts.saveSections(community, agreement.id(), draft.id(), sections, adopted.version()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("agreement.sections.readOnly"));
	}

	@Test
	void sectionsAreImportedFromAWordDocumentAllOrNothing() throws Exception {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community);
		AgreementVersion draft = texts.startDraft(community, agreement.id(), "Utkast");
		byte[] docx = DocxSectionsTests.docx(doc -> {
			DocxSectionsTests.paragraph(doc, "Heading1", "Formål");
			DocxSectionsTests.paragraph(doc, null, "Avtalen gjeld utskriving.");
			DocxSectionsTests.paragraph(doc, "Heading2", "Varsling");
			DocxSectionsTests.paragraph(doc, null, "Same dag.");
		});

		AgreementVersion imported = texts.importDocx(community, agreement.id(), draft.id(), docx, draft.version());

		assertThat(texts.version(community.id(), agreement.id(), draft.id()).sections())
			.extracting(AgreementSection::title, AgreementSection::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1 Formål", "Avtalen gjeld utskriving."),
					org.assertj.core.groups.Tuple.tuple("1.1 Varsling", "Same dag."));
		assertThatThrownBy(() -> texts.importDocx(community, agreement.id(), draft.id(),
				"MZ not a document".getBytes(), imported.version()))
			.isInstanceOf(InvalidInputException.class);
		assertThat(texts.version(community.id(), agreement.id(), draft.id()).sections()).hasSize(2);
	}

	@Test
	void sectionsWithAnIdentityNumberOrNothingInThemAreRefusedByRow() {
		Community community = sognOgFjordane();
		Agreement agreement = newAgreement(community);
		AgreementVersion draft = texts.startDraft(community, agreement.id(), "Utkast");
		var sections = List.of(new AgreementSection(SectionLevel.CHAPTER, "1", "Formål", "Tekst"),
				new AgreementSection(SectionLevel.CHAPTER, "2", "", ""),
				new AgreementSection(SectionLevel.CHAPTER, "3", "Døme", "Pasient 15076500565 vart skriven ut."));

		assertThatThrownBy(() -> texts.saveSections(community, agreement.id(), draft.id(), sections, draft.version()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("sections[1].heading", "sections[2].text"));
	}

	@Test
	void aVersionOfAnotherAgreementIsNotFound() {
		Community community = sognOgFjordane();
		Agreement one = newAgreement(community);
		Agreement other = newAgreement(community);
		AgreementVersion draft = texts.startDraft(community, one.id(), "Utkast");
		assertThatThrownBy(() -> texts.version(community.id(), other.id(), draft.id()))
			.isInstanceOf(no.samhald.platform.NotFoundException.class);
	}

	@Test
	void theMatrixHasEveryAgreementAgainstEveryImplementingPartner() {
		Community community = sognOgFjordane();
		ImplementationMatrix matrix = agreements.implementationMatrix(community.id());
		assertThat(matrix.rows()).hasSize(agreements.all(community.id()).size());
		assertThat(matrix.rows()).allSatisfy(r -> assertThat(r.statuses()).hasSize(matrix.partners().size()));
		assertThat(matrix.rows().get(0).implemented()).isEqualTo(matrix.partners().size());
	}

	private Agreement newAgreement(Community community) {
		return agreements.create(community, new SaveAgreement(AgreementKind.ROUTINE, null, "Rutine " + UUID.randomUUID(),
				null, AgreementStatus.IN_FORCE, null, null, 0));
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

}
