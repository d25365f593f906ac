package no.samhald.report.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import no.samhald.report.ReportDocument;
import no.samhald.report.ReportDocument.Block;
import no.samhald.report.ReportDocument.Cell;
import no.samhald.report.ReportDocument.Items;
import no.samhald.report.ReportDocument.Paragraph;
import no.samhald.report.ReportDocument.Section;
import no.samhald.report.ReportDocument.SubHeading;
import no.samhald.report.ReportDocument.Table;

/**
 * A report as PDF (the print template, tagged for PDF/UA when the font can be embedded — the
 * same approach as the meeting module's documents, kept here so neither module depends on the
 * other's internals) and as DOCX with real headings and tables for those who edit on.
 */
@Component
class ReportFiles {

	private final ITemplateEngine templates;

	private final File font;

	ReportFiles(ITemplateEngine templates,
			@Value("${samhald.pdf.font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") String fontPath) {
		this.templates = templates;
		this.font = new File(fontPath);
	}

	byte[] pdf(ReportDocument report, Locale locale) {
		var context = new Context(locale);
		context.setVariable("report", report);
		String xhtml = templates.process("report/print", context);
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (font.canRead()) {
				builder.useFont(font, "DejaVu Sans");
				// PDF/UA needs every font embedded, so tagging is only possible with a real font file
				builder.usePdfUaAccessibility(true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("Samhald");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] docx(ReportDocument report) {
		try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			doc.getProperties().getCoreProperties().setTitle(report.title());
			doc.getProperties().getCoreProperties().setCreator(report.communityName());
			headingStyles(doc);
			text(doc, report.communityName(), null, 10, false);
			text(doc, report.title(), "Title", 20, true);
			report.facts().forEach(fact -> text(doc, fact, null, 11, false));
			for (Section section : report.sections()) {
				text(doc, section.heading(), "Heading1", 15, true);
				section.blocks().forEach(block -> block(doc, block));
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Real heading styles with outline levels, so Word's navigation pane and screen readers see the structure. */
	private static void headingStyles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		styles.addStyle(paragraphStyle("Title", "Title", 0));
		styles.addStyle(paragraphStyle("Heading1", "heading 1", 0));
		styles.addStyle(paragraphStyle("Heading2", "heading 2", 1));
		styles.addStyle(paragraphStyle("Caption", "caption", -1));
	}

	private static XWPFStyle paragraphStyle(String id, String name, int outlineLevel) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		if (outlineLevel >= 0) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		return new XWPFStyle(style);
	}

	private static void block(XWPFDocument doc, Block block) {
		if (block instanceof Paragraph p) {
			text(doc, p.text(), null, 11, false);
		}
		else if (block instanceof SubHeading h) {
			text(doc, h.text(), "Heading2", 12, true);
		}
		else if (block instanceof Items i) {
			i.items().forEach(item -> text(doc, "• " + item, null, 11, false));
		}
		else if (block instanceof Table t) {
			table(doc, t);
		}
	}

	private static void table(XWPFDocument doc, Table t) {
		text(doc, t.caption(), "Caption", 10, true);
		XWPFTable table = doc.createTable(1, t.headers().size());
		XWPFTableRow head = table.getRow(0);
		for (int i = 0; i < t.headers().size(); i++) {
			head.getCell(i).setText(t.headers().get(i));
		}
		// the header row repeats on every page, as a screen reader or a long table needs
		head.setRepeatHeader(true);
		for (List<Cell> row : t.rows()) {
			addRow(table, row);
		}
		if (!t.footer().isEmpty()) {
			addRow(table, t.footer());
		}
		doc.createParagraph();
	}

	private static void addRow(XWPFTable table, List<Cell> cells) {
		XWPFTableRow row = table.createRow();
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			row.getCell(i).setText(cell.mark().isEmpty() ? cell.text() : cell.mark() + " " + cell.text());
		}
	}

	private static void text(XWPFDocument doc, String text, String style, int size, boolean bold) {
		var paragraph = doc.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		String[] lines = text.split("\n", -1);
		var run = paragraph.createRun();
		run.setFontFamily("Calibri");
		run.setFontSize(size);
		run.setBold(bold);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

}
