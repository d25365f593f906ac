package no.samhald.consultation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.consultation.Consultation;
import no.samhald.consultation.Response;
import no.samhald.consultation.Responses;
import no.samhald.platform.documents.PdfDocuments;
import no.samhald.platform.documents.WordDocument;

/**
 * A round's joint statement, or its submitted answers per question, as PDF (template
 * {@code consultation/print}) and as DOCX, with the same content.
 */
@Component
record ConsultationDocuments(PdfDocuments pdfs, Responses responses, ConsultationPages pages, MessageSource messages) {

	/** One question with the submitted answers to it, by respondent name. */
	record QuestionAnswers(String question, List<NamedAnswer> answers) {
	}

	record NamedAnswer(String name, String text, boolean late) {
	}

	byte[] pdf(Community community, Consultation round, boolean answers, Locale locale) {
		return pdfs.render("consultation/print", Map.of("community", community, "round", round, "answers", answers,
				"questions", questionAnswers(community, round)), locale);
	}

	byte[] docx(Community community, Consultation round, boolean answers, Locale locale) {
		String title = answers ? text("consultation.document.answers", locale, round.title()) : round.title();
		var doc = new WordDocument(title, community.name()).byline(community.name()).title(title)
			.note(text("consultation.deadlineOn", locale, round.deadline().format(ConsultationApi.DAY)));
		if (!round.description().isBlank()) {
			doc.paragraph(round.description());
		}
		if (!answers) {
			doc.heading(text("consultation.statement", locale));
			doc.paragraph(round.jointStatement().isBlank() ? text("consultation.statement.none", locale)
					: round.jointStatement());
		}
		doc.heading(text(answers ? "consultation.answers" : "consultation.questions", locale));
		for (QuestionAnswers q : questionAnswers(community, round)) {
			doc.subHeading(q.question());
			if (answers) {
				q.answers().forEach(a -> doc.label(a.name() + (a.late() ? " (" + text("consultation.late", locale) + ")" : ""))
					.paragraph(a.text()));
			}
		}
		return doc.bytes();
	}

	private List<QuestionAnswers> questionAnswers(Community community, Consultation round) {
		List<Response> submitted = responses.visible(community, round).stream().filter(Response::isSubmitted).toList();
		return IntStream.range(0, round.questions().size())
			.mapToObj(i -> new QuestionAnswers(round.questions().get(i).text(), submitted.stream()
				.filter(r -> !r.answer(i).isBlank())
				.map(r -> new NamedAnswer(pages.name(community, r.respondent()), r.answer(i), r.late()))
				.toList()))
			.toList();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
