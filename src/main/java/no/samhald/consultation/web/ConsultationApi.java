package no.samhald.consultation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.consultation.Consultation;
import no.samhald.consultation.Consultations;
import no.samhald.consultation.Question;
import no.samhald.consultation.Response;
import no.samhald.consultation.Responses;

/**
 * Consultation rounds as JSON. The public gets public rounds with their submitted answers; members
 * of the community also closed rounds, whose answers only their respondent and the coordinators read.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/consultations")
@Tag(name = "Consultations", description = "Consultation rounds (høyring, innspelsrunde) and their answers")
record ConsultationApi(Consultations consultations, Responses responses, ConsultationPages pages) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@GetMapping
	@Operation(summary = "The rounds the caller may see, latest deadline first (without answers)")
	List<RoundJson> all(Community community) {
		return consultations.visible(community).stream().map(c -> round(community, c, null)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A round with its questions, respondents and the answers the caller may see",
			description = "Public round: submitted answers are public. Closed round: only the answering partner or forum and the coordinators see an answer; drafts only the respondent.")
	RoundJson one(Community community,
			@PathVariable long id) {
		Consultation round = consultations.get(community, id);
		return round(community, round, responses.visible(community, round).stream()
			.map(r -> AnswerJson.of(r, pages.name(community, r.respondent()), round))
			.toList());
	}

	private RoundJson round(Community community, Consultation c, List<AnswerJson> answers) {
		var document = pages.document(community, c).orElse(null);
		return new RoundJson(c.id(), c.title(), c.description(), c.documentKind().name(),
				document == null ? null : document.title(), document == null ? null : document.href(),
				c.questions().stream().map(Question::text).toList(),
				pages.respondents(community, c, List.of()).stream()
					.map(r -> new RespondentJson(r.respondent().kind().name(), r.respondent().respondentId(), r.name()))
					.toList(),
				c.deadline(), c.publicRound(), c.closedOn(), c.decidingCaseId(), c.jointStatement(), answers);
	}

	record RoundJson(long id, String title, String description, String documentKind, String documentTitle,
			String documentLink, List<String> questions, List<RespondentJson> respondents, LocalDate deadline,
			boolean publicRound, LocalDate closedOn, Long decidingCaseId, String jointStatement,
			List<AnswerJson> answers) {
	}

	record RespondentJson(String kind, long id, String name) {
	}

	record AnswerJson(String respondentKind, long respondentId, String respondentName, boolean submitted,
			Instant submittedAt, boolean late, List<QuestionAnswerJson> answers) {

		static AnswerJson of(Response r, String name, Consultation round) {
			return new AnswerJson(r.kind().name(), r.respondentId(), name, r.isSubmitted(), r.submittedAt(), r.late(),
					java.util.stream.IntStream.range(0, round.questions().size())
						.mapToObj(i -> new QuestionAnswerJson(round.questions().get(i).text(), r.answer(i)))
						.toList());
		}

	}

	record QuestionAnswerJson(String question, String answer) {
	}

}
