package no.samhald.platform.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The print stylesheet ({@code fragments/print}) of every PDF: a table longer than a page repeats
 * its header row on each page, and neither a heading nor a table's header row is left alone at
 * the bottom of a page with what follows it on the next.
 */
@SamhaldTest
class PrintStylesheetTests {

	private static final String HEADER = "Kommunenamn Innbyggjartal Delen";

	@Autowired
	PdfDocuments pdf;

	@Test
	void aLongTableRepeatsItsHeaderRowOnEveryPage() throws IOException {
		byte[] document = render(0, 120);
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/print-long-table.pdf"), document);

		List<List<String>> pages = pages(document);
		assertThat(pages).hasSizeGreaterThan(2);
		for (List<String> page : pages.subList(1, pages.size())) {
			assertThat(page.get(0)).isEqualTo(HEADER);
		}
		assertThat(pages.get(1).get(1)).startsWith("Kommune ");
	}

	/** Whatever the text before them, the heading and the header row go to the next page together with the first row. */
	@Test
	void aHeadingOrAHeaderRowIsNeverTheLastLineOfAPage() throws IOException {
		for (int fill = 46; fill <= 56; fill++) {
			List<List<String>> pages = pages(render(fill, 10));
			for (List<String> page : pages) {
				if (page.isEmpty()) {
					continue;
				}
				String last = page.get(page.size() - 1);
				assertThat(last).as("the last line of a page with %d lines before the heading", fill)
					.isNotIn("Kommunane", "Innbyggjarar per kommune", HEADER);
			}
		}
	}

	private byte[] render(int fill, int rows) {
		return pdf.render("test/print-long-table", Map.of("fill", fill, "rows", rows), Locale.forLanguageTag("nn"));
	}

	/** The lines of each page, without empty ones. */
	private static List<List<String>> pages(byte[] document) throws IOException {
		try (PDDocument read = Loader.loadPDF(document)) {
			var pages = new ArrayList<List<String>>();
			for (int p = 1; p <= read.getNumberOfPages(); p++) {
				var stripper = new PDFTextStripper();
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(stripper.getText(read).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
			}
			return pages;
		}
	}

}
