package no.samhald.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

import no.samhald.platform.InvalidInputException;

/**
 * Reads the sections of an agreement text from a Word document (DOCX). A section starts at a
 * heading (style Heading 1, 2, 3 — "Overskrift" in Norwegian Word — for chapter, paragraph,
 * point) or at a numbered line ("4.2 Utskriving"); the paragraphs after it are its text. All or
 * nothing: a file that is not a DOCX, or a document without any such heading, is refused whole.
 */
final class DocxSections {

	/** A DOCX is a zip archive. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|overskrift)\\s*([1-3])");

	/**
	 * "4", "4.2", "4.2.1" (with an optional "§" and full stop) and a short heading after it; a
	 * heading does not end like a sentence, which keeps "2 gonger i året møtest …" body text.
	 */
	private static final Pattern NUMBERED = Pattern
		.compile("^(?:§\\s*)?(\\d{1,3}(?:\\.\\d{1,3}){0,2})\\.?\\s+(\\S.{0,118}[^.:;,!?])$");

	private DocxSections() {
	}

	static List<AgreementSection> read(byte[] content) {
		if (content == null || content.length < ZIP.length || !Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length)) {
			throw notDocx();
		}
		List<AgreementSection> sections;
		try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
			sections = sectionsOf(document);
		}
		catch (IOException | RuntimeException ex) {
			// POI refuses a zip that is not a Word document in many ways; each means the same to the person.
			throw notDocx();
		}
		if (sections.isEmpty()) {
			throw new InvalidInputException("file", "agreement.import.noStructure");
		}
		if (sections.stream().anyMatch(s -> !s.number().isEmpty())) {
			return sections;
		}
		// Headings without numbers are numbered by level; an opening text without heading stays unnumbered.
		boolean opening = sections.get(0).heading().isEmpty();
		var numbered = new ArrayList<AgreementSection>();
		if (opening) {
			numbered.add(sections.get(0));
		}
		numbered.addAll(SectionNumbering.renumber(sections.subList(opening ? 1 : 0, sections.size())));
		return numbered;
	}

	private static List<AgreementSection> sectionsOf(XWPFDocument document) {
		var sections = new ArrayList<AgreementSection>();
		SectionLevel level = null;
		String number = "";
		String heading = "";
		var text = new StringBuilder();
		for (XWPFParagraph paragraph : document.getParagraphs()) {
			String line = paragraph.getText().strip();
			if (line.isEmpty()) {
				continue;
			}
			int depth = headingDepth(document, paragraph);
			Matcher numberedLine = NUMBERED.matcher(line);
			boolean isNumbered = depth == 0 && numberedLine.matches();
			if (depth > 0 || isNumbered) {
				if (level != null) {
					sections.add(new AgreementSection(level, number, heading, text.toString()));
				}
				text.setLength(0);
				if (isNumbered) {
					number = numberedLine.group(1);
					heading = numberedLine.group(2);
					level = SectionLevel.ofDepth(number.split("\\.").length);
				}
				else {
					Matcher inHeading = NUMBERED.matcher(line);
					number = inHeading.matches() ? inHeading.group(1) : "";
					heading = inHeading.matches() ? inHeading.group(2) : line;
					level = SectionLevel.ofDepth(depth);
				}
			}
			else if (level != null) {
				text.append(text.isEmpty() ? "" : "\n").append(line);
			}
			else {
				// Text before the first heading (a preamble) becomes an unnumbered opening section.
				level = SectionLevel.CHAPTER;
				text.append(line);
			}
		}
		if (level != null && (!heading.isEmpty() || !text.isEmpty()) && hasHeading(sections, heading)) {
			sections.add(new AgreementSection(level, number, heading, text.toString()));
		}
		return sections;
	}

	/** A document of plain paragraphs only (no heading anywhere) has no structure to import. */
	private static boolean hasHeading(List<AgreementSection> before, String lastHeading) {
		return !lastHeading.isEmpty() || before.stream().anyMatch(s -> !s.heading().isEmpty());
	}

	private static int headingDepth(XWPFDocument document, XWPFParagraph paragraph) {
		String styleId = paragraph.getStyleID();
		if (styleId == null) {
			return 0;
		}
		XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
		for (String name : new String[] { styleId, style == null ? "" : style.getName() }) {
			Matcher m = HEADING_STYLE.matcher(name == null ? "" : name.toLowerCase(Locale.ROOT));
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		return 0;
	}

	private static InvalidInputException notDocx() {
		return new InvalidInputException("file", "agreement.import.notDocx");
	}

}
