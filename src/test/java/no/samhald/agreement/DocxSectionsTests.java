package no.samhald.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import no.samhald.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word documents built here with POI, the way Word writes headings and numbered lines. */
class DocxSectionsTests {

	@Test
	void headingStylesBecomeChaptersParagraphsAndPointsNumberedByLevel() throws IOException {
		byte[] docx = docx(doc -> {
			paragraph(doc, null, "Innleiing til avtalen.");
			paragraph(doc, "Heading1", "Formål");
			paragraph(doc, null, "Avtalen skal sikre gode overgangar.");
			paragraph(doc, null, "Ho gjeld alle partane.");
			paragraph(doc, "Heading2", "Omfang");
			paragraph(doc, "Overskrift3", "Unntak");
			paragraph(doc, null, "Ingen.");
			paragraph(doc, "Heading1", "Revisjon");
		});

		var sections = DocxSections.read(docx);

		assertThat(sections).extracting(AgreementSection::title)
			.containsExactly("", "1 Formål", "1.1 Omfang", "1.1.1 Unntak", "2 Revisjon");
		assertThat(sections.get(1).text()).isEqualTo("Avtalen skal sikre gode overgangar.\nHo gjeld alle partane.");
		assertThat(sections.get(3).level()).isEqualTo(SectionLevel.POINT);
		assertThat(sections.get(0).text()).isEqualTo("Innleiing til avtalen.");
	}

	@Test
	void numberedLinesKeepTheirNumbersAndSentencesStayText() throws IOException {
		byte[] docx = docx(doc -> {
			paragraph(doc, null, "4 Utskriving");
			paragraph(doc, null, "2 gonger i året møtest partane.");
			paragraph(doc, null, "4.2 Melding til kommunen");
			paragraph(doc, null, "Same dag.");
		});

		var sections = DocxSections.read(docx);

		assertThat(sections).extracting(AgreementSection::number).containsExactly("4", "4.2");
		assertThat(sections.get(0).text()).isEqualTo("2 gonger i året møtest partane.");
		assertThat(sections.get(1).level()).isEqualTo(SectionLevel.PARAGRAPH);
	}

	@Test
	void aFileThatIsNotADocxOrHasNoStructureIsRefusedWhole() throws IOException {
		assertProblem(() -> DocxSections.read("%PDF-1.7 not a docx".getBytes(StandardCharsets.US_ASCII)),
				"agreement.import.notDocx");
		// A zip archive that is no Word document.
		var zip = new ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
			out.write("hei".getBytes(StandardCharsets.UTF_8));
		}
		assertProblem(() -> DocxSections.read(zip.toByteArray()), "agreement.import.notDocx");
		assertProblem(() -> DocxSections.read(docx(doc -> paragraph(doc, null, "Berre ein tekst utan overskrifter."))),
				"agreement.import.noStructure");
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo(key));
	}

	interface Content {
		void write(XWPFDocument doc);
	}

	static byte[] docx(Content content) throws IOException {
		try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			content.write(doc);
			doc.write(out);
			return out.toByteArray();
		}
	}

	static void paragraph(XWPFDocument doc, String style, String text) {
		var p = doc.createParagraph();
		if (style != null) {
			p.setStyle(style);
		}
		p.createRun().setText(text);
	}

}
