package no.samhald.meeting.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import no.samhald.community.Community;
import no.samhald.meeting.Case;
import no.samhald.meeting.Correction;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.Participant;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Person;

/**
 * The notice with the agenda and the minutes as PDF (from the same template as the print view,
 * tagged for PDF/UA when a font can be embedded) and as DOCX for those who must edit on.
 */
@Component
class MeetingDocuments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final File font;

	MeetingDocuments(ITemplateEngine templates, MessageSource messages,
			@Value("${samhald.pdf.font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") String fontPath) {
		this.templates = templates;
		this.messages = messages;
		this.font = new File(fontPath);
	}

	/** Which document: the notice (innkalling) or the minutes (protokoll). */
	enum Kind {
		NOTICE, MINUTES
	}

	byte[] pdf(Kind kind, Map<String, Object> model, Locale locale) {
		var context = new Context(locale, model);
		context.setVariable("kind", kind.name());
		context.setVariable("embeddedFont", font.canRead());
		String xhtml = templates.process("meeting/print/document", context);
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

	@SuppressWarnings("unchecked")
	byte[] docx(Kind kind, Map<String, Object> model, Locale locale) {
		Meeting meeting = (Meeting) model.get("meeting");
		Forum forum = (Forum) model.get("forum");
		Community community = (Community) model.get("community");
		var agenda = (List<Case>) model.get("agenda");
		var people = (Map<Long, Person>) model.get("people");
		try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			String title = text(kind == Kind.NOTICE ? "document.notice.title" : "document.minutes.title", locale, forum.name());
			doc.getProperties().getCoreProperties().setTitle(title);
			doc.getProperties().getCoreProperties().setCreator(community.name());
			paragraph(doc, community.name(), 10, false);
			paragraph(doc, title, 18, true);
			paragraph(doc, text("document.when", locale, when(meeting)), 11, false);
			if (!meeting.place().isBlank()) {
				paragraph(doc, text("document.where", locale, meeting.place()), 11, false);
			}
			if (meeting.videoLink() != null) {
				paragraph(doc, text("document.video", locale, meeting.videoLink()), 11, false);
			}
			paragraph(doc, text(kind == Kind.NOTICE ? "document.called" : "document.attendance", locale), 14, true);
			for (Participant p : meeting.participants()) {
				paragraph(doc, "• " + participantLine(kind, p, people, locale), 11, false);
			}
			paragraph(doc, text("document.agenda", locale), 14, true);
			for (Case c : agenda) {
				caseParagraphs(doc, kind, forum, c, people, locale);
			}
			if (kind == Kind.MINUTES) {
				minutesEnd(doc, meeting, (List<Correction>) model.get("corrections"), people, locale);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void caseParagraphs(XWPFDocument doc, Kind kind, Forum forum, Case c, Map<Long, Person> people, Locale locale) {
		paragraph(doc, forum.label() + " " + c.numberInYear() + " " + c.title(), 12, true);
		paragraph(doc, text("case.type." + c.type(), locale), 10, false);
		if (c.exempt()) {
			paragraph(doc, text("case.exemptNote", locale, c.exemptionBasis()), 11, false);
		}
		if (!c.background().isBlank()) {
			paragraph(doc, c.background(), 11, false);
		}
		if (kind == Kind.NOTICE && !c.proposal().isBlank()) {
			paragraph(doc, text("case.proposal", locale), 11, true);
			paragraph(doc, c.proposal(), 11, false);
		}
		if (kind == Kind.MINUTES) {
			c.disqualifications().forEach(d -> paragraph(doc, text("case.disqualifiedNote", locale,
					people.get(d.personId()).name(), d.reason()), 10, false));
			if (c.isDecided()) {
				paragraph(doc, text("case.decision", locale), 11, true);
				paragraph(doc, c.decision(), 11, false);
			}
		}
	}

	private void minutesEnd(XWPFDocument doc, Meeting meeting, List<Correction> corrections, Map<Long, Person> people,
			Locale locale) {
		if (!meeting.minutesNotes().isBlank()) {
			paragraph(doc, text("minutes.notes", locale), 14, true);
			paragraph(doc, meeting.minutesNotes(), 11, false);
		}
		paragraph(doc, text("minutes.approval", locale), 14, true);
		for (Participant p : meeting.approvers()) {
			paragraph(doc, people.get(p.personId()).name() + ": " + (p.hasApproved()
					? text("minutes.approvedOn", locale, p.approvedOn().format(DAY))
					: text("minutes.notYetApproved", locale)), 11, false);
		}
		if (!corrections.isEmpty()) {
			paragraph(doc, text("minutes.corrections", locale), 14, true);
			corrections.forEach(c -> paragraph(doc, c.madeOn().format(DAY) + ": " + c.text(), 11, false));
		}
	}

	private String participantLine(Kind kind, Participant p, Map<Long, Person> people, Locale locale) {
		Person person = people.get(p.personId());
		String line = person.name() + (p.role() == null ? "" : " (" + text("meeting.role." + p.role(), locale) + ")");
		if (kind == Kind.MINUTES && p.attendance() != null) {
			line += " – " + text("attendance." + p.attendance(), locale)
					+ (p.substituteName() == null ? "" : ": " + p.substituteName());
		}
		return line;
	}

	private static String when(Meeting meeting) {
		return meeting.startsAt().toLocalDate().format(DAY) + " "
				+ meeting.startsAt().toLocalTime() + "–" + meeting.endsAt().toLocalTime();
	}

	private static void paragraph(XWPFDocument doc, String text, int size, boolean bold) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.LEFT);
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
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

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
