package no.samhald.meeting.web;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.meeting.Case;
import no.samhald.meeting.Correction;
import no.samhald.meeting.Meeting;
import no.samhald.meeting.Participant;
import no.samhald.partnership.Forum;
import no.samhald.partnership.Person;
import no.samhald.platform.documents.PdfDocuments;
import no.samhald.platform.documents.WordDocument;

/**
 * The notice with the agenda and the minutes as PDF (from the same template as the print view)
 * and as DOCX for those who must edit on.
 */
@Component
record MeetingDocuments(PdfDocuments pdfs, MessageSource messages) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** Which document: the notice (innkalling) or the minutes (protokoll). */
	enum Kind {
		NOTICE, MINUTES
	}

	byte[] pdf(Kind kind, Map<String, Object> model, Locale locale) {
		var variables = new HashMap<>(model);
		variables.put("kind", kind.name());
		return pdfs.render("meeting/print/document", variables, locale);
	}

	@SuppressWarnings("unchecked")
	byte[] docx(Kind kind, Map<String, Object> model, Locale locale) {
		Meeting meeting = (Meeting) model.get("meeting");
		Forum forum = (Forum) model.get("forum");
		Community community = (Community) model.get("community");
		var agenda = (List<Case>) model.get("agenda");
		var people = (Map<Long, Person>) model.get("people");
		String title = text(kind == Kind.NOTICE ? "document.notice.title" : "document.minutes.title", locale, forum.name());
		var doc = new WordDocument(title, community.name()).byline(community.name()).title(title)
			.paragraph(text("document.when", locale, when(meeting)));
		if (!meeting.place().isBlank()) {
			doc.paragraph(text("document.where", locale, meeting.place()));
		}
		if (meeting.videoLink() != null) {
			doc.paragraph(text("document.video", locale, meeting.videoLink()));
		}
		doc.heading(text(kind == Kind.NOTICE ? "document.called" : "document.attendance", locale));
		meeting.participants().forEach(p -> doc.item(participantLine(kind, p, people, locale)));
		doc.heading(text("document.agenda", locale));
		agenda.forEach(c -> caseParagraphs(doc, kind, forum, c, people, locale));
		if (kind == Kind.MINUTES) {
			minutesEnd(doc, meeting, (List<Correction>) model.get("corrections"), people, locale);
		}
		return doc.bytes();
	}

	private void caseParagraphs(WordDocument doc, Kind kind, Forum forum, Case c, Map<Long, Person> people, Locale locale) {
		doc.subHeading(forum.label() + " " + c.numberInYear() + " " + c.title());
		doc.note(text("case.type." + c.type(), locale));
		if (c.exempt()) {
			doc.paragraph(text("case.exemptNote", locale, c.exemptionBasis()));
		}
		if (!c.background().isBlank()) {
			doc.paragraph(c.background());
		}
		if (kind == Kind.NOTICE && !c.proposal().isBlank()) {
			doc.label(text("case.proposal", locale)).paragraph(c.proposal());
		}
		if (kind == Kind.MINUTES) {
			c.disqualifications().forEach(d -> doc.note(text("case.disqualifiedNote", locale,
					people.get(d.personId()).name(), d.reason())));
			if (c.isDecided()) {
				doc.label(text("case.decision", locale)).paragraph(c.decision());
			}
		}
	}

	private void minutesEnd(WordDocument doc, Meeting meeting, List<Correction> corrections, Map<Long, Person> people,
			Locale locale) {
		if (!meeting.minutesNotes().isBlank()) {
			doc.heading(text("minutes.notes", locale)).paragraph(meeting.minutesNotes());
		}
		doc.heading(text("minutes.approval", locale));
		for (Participant p : meeting.approvers()) {
			doc.paragraph(people.get(p.personId()).name() + ": " + (p.hasApproved()
					? text("minutes.approvedOn", locale, p.approvedOn().format(DAY))
					: text("minutes.notYetApproved", locale)));
		}
		if (!corrections.isEmpty()) {
			doc.heading(text("minutes.corrections", locale));
			corrections.forEach(c -> doc.paragraph(c.madeOn().format(DAY) + ": " + c.text()));
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

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
