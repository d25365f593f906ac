package no.samhald.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document for those who must edit on: a title, real headings with outline levels (so
 * Word's navigation pane and screen readers see the structure), paragraphs, lists and tables,
 * in the sizes of the print stylesheet. Written top to bottom, then taken as {@link #bytes()}.
 */
public final class WordDocument {

	// The sizes of templates/fragments/print.html, so the DOCX and the PDF look alike.
	private static final double TITLE = 18;

	private static final double HEADING = 13;

	private static final double SUB_HEADING = 11.5;

	private static final double TEXT = 10.5;

	private static final double SMALL = 9;

	private final XWPFDocument doc = new XWPFDocument();

	/** A document with its title and author (the community) in the file's properties. */
	public WordDocument(String title, String author) {
		doc.getProperties().getCoreProperties().setTitle(title);
		doc.getProperties().getCoreProperties().setCreator(author);
		XWPFStyles styles = doc.createStyles();
		styles.addStyle(paragraphStyle("Title", "Title", 0));
		styles.addStyle(paragraphStyle("Heading1", "heading 1", 0));
		styles.addStyle(paragraphStyle("Heading2", "heading 2", 1));
		styles.addStyle(paragraphStyle("Caption", "caption", -1));
	}

	/** The line above the title naming who the document is from. */
	public WordDocument byline(String text) {
		return text(text, null, SMALL, false);
	}

	public WordDocument title(String text) {
		return text(text, "Title", TITLE, true);
	}

	public WordDocument heading(String text) {
		return text(text, "Heading1", HEADING, true);
	}

	public WordDocument subHeading(String text) {
		return text(text, "Heading2", SUB_HEADING, true);
	}

	/** Text; its line breaks are kept. */
	public WordDocument paragraph(String text) {
		return text(text, null, TEXT, false);
	}

	/** A short bold lead-in, such as "Proposal" before the proposal. */
	public WordDocument label(String text) {
		return text(text, null, TEXT, true);
	}

	/** Secondary text, such as the kind of a case. */
	public WordDocument note(String text) {
		return text(text, null, SMALL, false);
	}

	public WordDocument item(String text) {
		return paragraph("• " + text);
	}

	/** A table with a caption, a header row that repeats on every page, and an optional footer row. */
	public WordDocument table(String caption, List<String> headers, List<List<String>> rows, List<String> footer) {
		text(caption, "Caption", SMALL, true);
		XWPFTable table = doc.createTable(1, headers.size());
		XWPFTableRow head = table.getRow(0);
		for (int i = 0; i < headers.size(); i++) {
			head.getCell(i).setText(headers.get(i));
		}
		// the header row repeats on every page, as a screen reader or a long table needs
		head.setRepeatHeader(true);
		rows.forEach(row -> addRow(table, row));
		if (!footer.isEmpty()) {
			addRow(table, footer);
		}
		doc.createParagraph();
		return this;
	}

	public byte[] bytes() {
		try (doc; var out = new ByteArrayOutputStream()) {
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addRow(XWPFTable table, List<String> cells) {
		XWPFTableRow row = table.createRow();
		for (int i = 0; i < cells.size(); i++) {
			row.getCell(i).setText(cells.get(i));
		}
	}

	private WordDocument text(String text, String style, double size, boolean bold) {
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
		return this;
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

}
