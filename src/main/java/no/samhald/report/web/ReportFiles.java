package no.samhald.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.samhald.platform.documents.PdfDocuments;
import no.samhald.platform.documents.WordDocument;
import no.samhald.report.ReportDocument;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Items;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.SubHeading;
import no.samhald.report.ReportDocument.Table;

/** A report as PDF (the print template) and as DOCX with real headings and tables for those who edit on. */
@Component
record ReportFiles(PdfDocuments pdfs) {

	byte[] pdf(ReportDocument report, Locale locale) {
		return pdfs.render("report/print", Map.of("report", report), locale);
	}

	byte[] docx(ReportDocument report) {
		var doc = new WordDocument(report.title(), report.communityName()).byline(report.communityName())
			.title(report.title());
		report.facts().forEach(doc::paragraph);
		for (Section section : report.sections()) {
			doc.heading(section.heading());
			section.blocks().forEach(block -> block(doc, block));
		}
		return doc.bytes();
	}

	private static void block(WordDocument doc, Block block) {
		if (block instanceof Paragraph p) {
			doc.paragraph(p.text());
		}
		else if (block instanceof SubHeading h) {
			doc.subHeading(h.text());
		}
		else if (block instanceof Items i) {
			i.items().forEach(doc::item);
		}
		else if (block instanceof Table t) {
			doc.table(t.caption(), t.headers(), t.rows().stream().map(ReportFiles::texts).toList(), texts(t.footer()));
		}
	}

	/** A row's cells as text; a status sign goes before its word. */
	private static List<String> texts(List<Cell> cells) {
		return cells.stream().map(c -> c.mark().isEmpty() ? c.text() : c.mark() + " " + c.text()).toList();
	}

}
