package no.samhald.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A generated report as plain structure with every text already in the reader's language: the
 * page, the PDF and the DOCX are all drawn from this, so they always say the same.
 */
public record ReportDocument(String communityName, String title, List<String> facts, List<Section> sections) {

	/** A headed part of the report; {@code id} is the anchor for the contents list. */
	public record Section(String id, String heading, List<Block> blocks) {
	}

	/** What a section holds; in JSON each block names its kind ("Paragraph", "Table", …). */
	@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
	public sealed interface Block permits Paragraph, Table, Items, SubHeading {
	}

	public record Paragraph(String text) implements Block {
	}

	public record SubHeading(String text) implements Block {
	}

	public record Items(List<String> items) implements Block {
	}

	/** A table with a caption; the first cell of each row is its header. */
	public record Table(String caption, List<String> headers, List<List<Cell>> rows, List<Cell> footer)
			implements Block {
	}

	/**
	 * A table cell; {@code mark} is a decorative symbol beside the text (a status sign), or empty. A
	 * {@code numeric} cell is aligned right and never wrapped inside a number ("37 896 000").
	 */
	public record Cell(String mark, String text, boolean numeric) {

		public Cell(String mark, String text) {
			this(mark, text, false);
		}

		/** A cell of the text; a number given as such is numeric. */
		public static Cell of(Object text) {
			return new Cell("", String.valueOf(text), text instanceof Number);
		}

		/** A cell of a number already formatted, e.g. kroner. */
		public static Cell number(String formatted) {
			return new Cell("", formatted, true);
		}

	}

	/** The text of the whole document, for searching and tests. */
	public String plainText() {
		var text = new StringBuilder(title).append('\n');
		for (Section section : sections) {
			text.append(section.heading()).append('\n');
			for (Block block : section.blocks()) {
				if (block instanceof Paragraph p) {
					text.append(p.text()).append('\n');
				}
				else if (block instanceof SubHeading h) {
					text.append(h.text()).append('\n');
				}
				else if (block instanceof Items i) {
					i.items().forEach(item -> text.append(item).append('\n'));
				}
				else if (block instanceof Table t) {
					t.rows().forEach(row -> row.forEach(c -> text.append(c.text()).append(' ')));
				}
			}
		}
		return text.toString();
	}

}
