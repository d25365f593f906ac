package no.samhald.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.NotFoundException;

/**
 * Consultation rounds: a coordinator opens and corrects them, writes the joint statement and
 * closes them. The public sees public rounds; a closed (non-public) round only members of the community.
 */
@Service
public class Consultations {

	private final ConsultationRepository rounds;

	private final ResponseRepository responses;

	private final ConsultationFiles files;

	private final RoundReferences references;

	private final AwaitedRespondents awaited;

	private final Access access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Consultations(ConsultationRepository rounds, ResponseRepository responses, ConsultationFiles files,
			RoundReferences references, AwaitedRespondents awaited, Access access, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.responses = responses;
		this.files = files;
		this.references = references;
		this.awaited = awaited;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The rounds the current person may see, latest deadline first. */
	public List<Consultation> visible(Community community) {
		return rounds.findByCommunityIdOrderByDeadlineDescIdDesc(community.id()).stream()
			.filter(c -> maySee(community, c))
			.toList();
	}

	/** The round, if the current person may see it; else a 404, so that a closed round's existence is not told. */
	public Consultation get(Community community, long id) {
		return rounds.findByIdAndCommunityId(id, community.id())
			.filter(c -> maySee(community, c))
			.orElseThrow(() -> new NotFoundException("consultation", id));
	}

	public boolean maySee(Community community, Consultation round) {
		return round.publicRound() || access.isMemberOf(community.slug());
	}

	/** The round's uploaded document, for whoever may see the round. */
	public StoredFile document(Community community, long id) {
		Consultation round = get(community, id);
		return files.find(round.id()).filter(f -> round.documentKind() == DocumentKind.FILE)
			.orElseThrow(() -> new NotFoundException("consultation document", id));
	}

	/** The name of the round's uploaded document, if one is uploaded. */
	public Optional<String> documentName(Consultation round) {
		return round.documentKind() == DocumentKind.FILE ? files.filename(round.id()) : Optional.empty();
	}

	/**
	 * Uploads (or replaces) the round's document, checked as case papers are; the round is then
	 * about this file. Apart from the round's form, so that a form with many partners to tick is
	 * not a multipart request with a part per box.
	 */
	@Transactional
	public void uploadDocument(Community community, long id, SaveConsultation.UploadedFile file) {
		access.requireCoordinator(community.slug());
		Consultation round = get(community, id);
		files.check(file);
		boolean noticeWaited = awaitsItsFile(round);
		if (round.documentKind() != DocumentKind.FILE) {
			rounds.save(round.aboutFile());
		}
		files.store(id, file);
		audit.record(community.slug(), "consultation.document", "consultation " + id, file.filename());
		if (noticeWaited) {
			announce(community, round);
		}
	}

	/**
	 * A round about a file that has none yet: its respondents are told once the file is there, so
	 * that the mail does not send them to a round with nothing to read (the file is usually uploaded
	 * on the round's page right after opening it).
	 */
	private boolean awaitsItsFile(Consultation round) {
		return round.documentKind() == DocumentKind.FILE && !round.isClosed() && files.filename(round.id()).isEmpty();
	}

	private void announce(Community community, Consultation round) {
		events.publishEvent(new ConsultationOpened(community.id(), round.id(), round.title(), round.deadline(),
				List.copyOf(round.respondents())));
	}

	@Transactional
	public Consultation open(Community community, SaveConsultation round) {
		access.requireCoordinator(community.slug());
		references.check(community, round, true);
		Consultation saved = rounds.save(toRound(null, community.id(), round, "", LocalDate.now(clock), null, 0));
		if (round.file() != null) {
			files.store(saved.id(), round.file());
		}
		audit.record(community.slug(), "consultation.opened", "consultation " + saved.id(), saved.title());
		if (!awaitsItsFile(saved)) {
			announce(community, saved);
		}
		return saved;
	}

	/** Corrects a round over {@code round.version()}; an asked respondent that has answered cannot be taken off. */
	@Transactional
	public Consultation update(Community community, long id, SaveConsultation round) {
		access.requireCoordinator(community.slug());
		Consultation current = get(community, id);
		boolean noticeWaited = awaitsItsFile(current);
		references.check(community, round, false);
		Set<Respondent> kept = respondents(round);
		for (Response answered : responses.findByConsultationIdOrderByKindAscRespondentIdAsc(id)) {
			if (!kept.contains(answered.respondent())) {
				throw new InvalidInputException("partnerIds", "consultation.respondent.hasAnswered");
			}
		}
		if (round.questions().size() != current.questions().size()
				&& !responses.findByConsultationIdOrderByKindAscRespondentIdAsc(id).isEmpty()) {
			throw new InvalidInputException("questions", "consultation.questions.answered");
		}
		Consultation saved = rounds.save(toRound(id, community.id(), round, current.jointStatement(), current.openedOn(),
				current.closedOn(), round.version()));
		if (round.file() != null) {
			files.store(id, round.file());
		}
		audit.record(community.slug(), "consultation.updated", "consultation " + id,
				String.join(", ", round.fieldsChangedIn(current)));
		if (noticeWaited && !awaitsItsFile(saved)) {
			announce(community, saved);
		}
		return saved;
	}

	/** Saves the joint statement (samla innspel) over the version the coordinator opened. */
	@Transactional
	public Consultation writeStatement(Community community, long id, String statement, int version) {
		access.requireCoordinator(community.slug());
		IdentityNumbers.refuseIn("jointStatement", statement);
		Consultation current = get(community, id);
		Consultation saved = rounds.save(current.withStatement(Objects.requireNonNullElse(statement, "").strip(), version));
		audit.record(community.slug(), "consultation.statement", "consultation " + id, "");
		return saved;
	}

	/** Closes the round: from now on no answer is taken, late or not. */
	@Transactional
	public Consultation close(Community community, long id) {
		access.requireCoordinator(community.slug());
		Consultation current = get(community, id);
		if (current.isClosed()) {
			return current;
		}
		Consultation saved = rounds.save(current.closed(LocalDate.now(clock)));
		audit.record(community.slug(), "consultation.closed", "consultation " + id, "");
		return saved;
	}

	/**
	 * The respondents of open rounds of a community that have not submitted, with the round's
	 * deadline: what the reminders go through. The system's read, without the current person's access.
	 */
	public List<Awaited> awaitingAnswers(long communityId) {
		return awaited.of(communityId);
	}

	/** A respondent that has not yet submitted its answers to a round. */
	public record Awaited(long consultationId, String title, LocalDate deadline, Respondent respondent) {
	}

	static List<Long> ids(Consultation round, RespondentKind kind) {
		return round.respondents().stream().filter(r -> r.kind() == kind).map(Respondent::respondentId).sorted().toList();
	}

	private static Set<Respondent> respondents(SaveConsultation d) {
		var respondents = new LinkedHashSet<Respondent>();
		Objects.requireNonNullElse(d.partnerIds(), List.<Long>of()).forEach(id -> respondents.add(Respondent.partner(id)));
		Objects.requireNonNullElse(d.forumIds(), List.<Long>of()).forEach(id -> respondents.add(Respondent.forum(id)));
		return respondents;
	}

	private Consultation toRound(Long id, long communityId, SaveConsultation d, String statement, LocalDate openedOn,
			LocalDate closedOn, int version) {
		Long agreementId = d.documentKind() == DocumentKind.AGREEMENT_VERSION
				? references.agreementOf(communityId, d.agreementVersionId()) : null;
		return new Consultation(id, communityId, d.title().strip(), Objects.requireNonNullElse(d.description(), "").strip(),
				d.documentKind(), d.documentKind() == DocumentKind.ACTION_PLAN ? d.actionPlanId() : null, agreementId,
				agreementId == null ? null : d.agreementVersionId(), d.deadline(), d.publicRound(), d.decidingCaseId(),
				statement, openedOn, closedOn, version, d.questions().stream().map(String::strip).map(Question::new).toList(),
				respondents(d));
	}

}
