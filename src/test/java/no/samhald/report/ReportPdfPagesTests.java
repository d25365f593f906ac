package no.samhald.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.samhald.SamhaldTest;
import no.samhald.platform.documents.PdfDocuments;
import no.samhald.report.ReportDocument.Cell;

import static org.assertj.core.api.Assertions.assertThat;

/** A report ending in a table of any length ends on a page that has text: no empty page after it. */
@SamhaldTest
class ReportPdfPagesTests {

	@Autowired
	PdfDocuments pdfs;

	@Test
	void aReportEndingInATableOfAnyLengthHasNoEmptyLastPage() throws Exception {
		var empty = new ArrayList<String>();
		for (int rows = 1; rows <= 90; rows++) {
			var table = new ReportDocument.Table("Tabell", List.of("Forum", "Møte"), tableRows(rows), List.of(Cell.of("Sum"), Cell.number(String.valueOf(rows))));
			var report = new ReportDocument("Helsefellesskapet", "Årsmelding 2024", List.of("Laga 01.12.2026"),
					List.of(new ReportDocument.Section("s", "Seksjon", List.of(new ReportDocument.Paragraph("Innleiing"), table))));
			try (PDDocument pdf = Loader.loadPDF(pdfs.render("report/print", Map.of("report", report), Locale.forLanguageTag("nn")))) {
				var stripper = new PDFTextStripper();
				int pages = pdf.getNumberOfPages();
				stripper.setStartPage(pages);
				stripper.setEndPage(pages);
				if (stripper.getText(pdf).isBlank()) {
					empty.add(rows + " rows: page " + pages + " of " + pages + " empty");
				}
			}
		}
		assertThat(empty).isEmpty();
	}

	private static List<List<Cell>> tableRows(int count) {
		var rows = new ArrayList<List<Cell>>();
		for (int i = 1; i <= count; i++) {
			rows.add(List.of(Cell.of("Forum " + i), Cell.number(String.valueOf(i))));
		}
		return rows;
	}

}
