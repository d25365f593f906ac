package no.samhald.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The answers to rounds. A partner's contacts answer for it, a forum's secretary for the forum, a
 * coordinator for either. Answers are kept as a draft, then submitted; a submitted answer can be
 * corrected until the deadline. After the deadline answers are still taken, marked late, until the
 * coordinator closes the round; then none is. A submitted answer of a public round is public; of a
 * closed round, only its respondent and the coordinators read it. Drafts only the respondent.
 */
@Service
public class Responses {

	private final ResponseRepository responses;

	private final Consultations consultations;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	Responses(ResponseRepository responses, Consultations consultations, Access access, AuditLog audit, Clock clock) {
		this.responses = responses;
		this.consultations = consultations;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the current person may answer for the respondent. */
	public boolean mayAnswerFor(Community community, Respondent respondent) {
		return respondent.kind() == RespondentKind.PARTNER
				? access.canActForPartner(community.slug(), respondent.respondentId())
				: access.canKeepForum(community.slug(), respondent.respondentId());
	}

	/** The answers of the round the current person may read, in respondent order. */
	public List<Response> visible(Community community, Consultation round) {
		return responses.findByConsultationIdOrderByKindAscRespondentIdAsc(round.id()).stream()
			.filter(r -> mayRead(community, round, r))
			.toList();
	}

	/** Every response of the round, drafts too, for the coordinators' overview of who has answered. */
	public List<Response> all(Community community, Consultation round) {
		access.requireCoordinator(community.slug());
		return responses.findByConsultationIdOrderByKindAscRespondentIdAsc(round.id());
	}

	/** The respondent's answers (empty before the first save), for whoever may answer for it. */
	public Optional<Response> of(Community community, long consultationId, Respondent respondent) {
		Consultation round = askedRound(community, consultationId, respondent);
		return stored(round, respondent);
	}

	/** Saves or submits the respondent's answers; see the class comment for when this is refused. */
	@Transactional
	public Response answer(Community community, long consultationId, Respondent respondent, SaveAnswers d) {
		Consultation round = askedRound(community, consultationId, respondent);
		if (round.isClosed()) {
			throw new ConflictException("consultation.closed", "consultation " + consultationId);
		}
		Optional<Response> current = stored(round, respondent);
		LocalDate today = LocalDate.now(clock);
		if (current.filter(Response::isSubmitted).isPresent() && round.isLate(today)) {
			throw new ConflictException("consultation.answer.locked", "consultation " + consultationId);
		}
		int stored = current.map(Response::version).orElse(0);
		if (stored != d.version()) {
			throw new OptimisticLockingFailureException("response is at version " + stored + ", not " + d.version());
		}
		List<String> texts = texts(round, d);
		boolean submitted = current.filter(Response::isSubmitted).isPresent();
		boolean submitting = d.submit() || submitted;
		var saved = responses.save(new Response(current.map(Response::id).orElse(null), round.id(), respondent.kind(),
				respondent.respondentId(),
				submitted ? current.get().submittedAt() : submitting ? clock.instant() : null,
				submitted ? current.get().late() : submitting && round.isLate(today), access.currentUsername(),
				d.version(), texts.stream().map(AnswerText::new).toList()));
		audit.record(community.slug(), submitting ? "consultation.answer.submitted" : "consultation.answer.saved",
				"consultation " + consultationId, respondent.kind() + " " + respondent.respondentId());
		return saved;
	}

	private List<String> texts(Consultation round, SaveAnswers d) {
		List<String> given = Objects.requireNonNullElse(d.answers(), List.of());
		List<String> texts = IntStream.range(0, round.questions().size())
			.mapToObj(i -> i < given.size() && given.get(i) != null ? given.get(i).strip() : "")
			.toList();
		for (int i = 0; i < texts.size(); i++) {
			IdentityNumbers.refuseIn("answers[" + i + "]", texts.get(i));
		}
		if (d.submit() && texts.stream().allMatch(String::isEmpty)) {
			throw new InvalidInputException("answers[0]", "consultation.answer.empty");
		}
		return texts;
	}

	/** The round, if the current person may answer for the respondent (else 403) and it is asked (else 404). */
	private Consultation askedRound(Community community, long consultationId, Respondent respondent) {
		if (!mayAnswerFor(community, respondent)) {
			throw new AccessDeniedException("Not answering for " + respondent);
		}
		Consultation round = consultations.get(community, consultationId);
		if (!round.asks(respondent)) {
			throw new NotFoundException("respondent of consultation " + consultationId, respondent);
		}
		return round;
	}

	private Optional<Response> stored(Consultation round, Respondent respondent) {
		return responses.findByConsultationIdAndKindAndRespondentId(round.id(), respondent.kind(), respondent.respondentId());
	}

	private boolean mayRead(Community community, Consultation round, Response response) {
		if (!response.isSubmitted()) {
			return mayAnswerFor(community, response.respondent());
		}
		return round.publicRound() || mayAnswerFor(community, response.respondent());
	}

}
