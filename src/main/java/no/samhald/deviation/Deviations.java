package no.samhald.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.RememberedReads;
import no.samhald.platform.Text;

/**
 * Samhandlingsavvik of a community: reporting (by anyone signed in to the community), routing to
 * the receiving partner, handling and answering (by the receiving partner's contact, or a
 * coordinator on the receiver's behalf), closing (by a coordinator), and statistics. Who may see a
 * report: its reporter, the contacts of the partners that reported or received it, and the
 * community's coordinators; to anyone else it does not exist ({@link DeviationReader} finds what a
 * person may see). Every method is scoped by the community.
 */
@Service
public class Deviations {

	private final DeviationRepository repository;

	private final DeviationCounts counts;

	private final DeviationReader reader;

	private final Access access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The public statistics per community: read far more often than reports change. */
	private final RememberedReads<Long, DeviationStatistics> statistics = new RememberedReads<>();

	Deviations(DeviationRepository repository, DeviationCounts counts, DeviationReader reader, Access access,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.counts = counts;
		this.reader = reader;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Stores the report of the signed-in person and routes it to the receiving partner, with an
	 * answer due three weeks from today. Refuses, with every problem at once, missing fields, an
	 * event in the future and any text that carries a fødselsnummer or D-number.
	 */
	@Transactional
	public Deviation report(Community community, ReportDeviation report) {
		long communityId = community.id();
		reader.requireMember(community.slug());
		var reportable = reader.reportablePartners(communityId).stream()
			.collect(Collectors.toMap(Partner::id, Function.identity()));
		check(report, reportable);
		LocalDate today = today();
		Partner from = reportable.get(report.reportingPartnerId());
		Partner to = reportable.get(report.receivingPartnerId());
		statistics.forget(community.id());
		Deviation saved = repository.save(new Deviation(null, communityId, from.id(), from.type().name(), to.id(),
				to.type().name(), report.eventDate(), report.category(), report.patientGroup(),
				report.description().strip(), report.consequence().strip(), report.reporterReference().strip(),
				access.currentUsername(), today, today.plusWeeks(Deviation.ANSWER_WEEKS), DeviationStatus.RECEIVED,
				null, null, null, null, 0));
		audit.record(community.slug(), "deviation.reported", "deviation " + saved.id(),
				from.name() + " → " + to.name() + ", " + saved.category());
		events.publishEvent(new DeviationReported(communityId, saved.id(), from.id(), to.id(), saved.category(),
				saved.answerDue()));
		return saved;
	}

	/** The receiver has started on the report (motteke → under handsaming). */
	@Transactional
	public Deviation startHandling(Community community, long id, int version) {
		Deviation current = answerable(community, id);
		if (current.status() != DeviationStatus.RECEIVED) {
			throw new ConflictException("deviation.notReceived", "deviation " + id + " is " + current.status());
		}
		statistics.forget(community.id());
		Deviation saved = repository.save(current.withStatus(DeviationStatus.IN_PROGRESS, version));
		audit.record(community.slug(), "deviation.handling", "deviation " + id, saved.status().name());
		return saved;
	}

	/**
	 * Saves the receiver's answer and improvement measure (status svara) if nobody else saved the
	 * report since {@code answer.version()}; otherwise Spring's
	 * {@code OptimisticLockingFailureException} tells the caller to show what changed. A closed
	 * report cannot be answered.
	 */
	@Transactional
	public Deviation answer(Community community, long id, AnswerDeviation answer) {
		Deviation current = answerable(community, id);
		var problems = new ArrayList<FieldProblem>();
		requireText(problems, "answer", answer.answer(), 4000);
		optionalText(problems, "improvementMeasure", answer.improvementMeasure(), 2000);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		statistics.forget(community.id());
		Deviation saved = repository.save(current.withAnswer(answer.answer().strip(),
				Text.strippedOrNull(answer.improvementMeasure()), access.currentUsername(), today(), answer.version()));
		audit.record(community.slug(), "deviation.answered", "deviation " + id,
				String.join(", ", answer.fieldsChangedIn(current)));
		events.publishEvent(new DeviationAnswered(community.id(), community.slug(), id, saved.reportingPartnerId(),
				saved.receivingPartnerId(), saved.reportedBy(), saved.answeredOn()));
		return saved;
	}

	/** Closes the report: nothing more is done with it, and it can no longer be answered. */
	@Transactional
	public Deviation close(Community community, long id, int version) {
		access.requireCoordinator(community.slug());
		Deviation current = answerable(community, id);
		statistics.forget(community.id());
		Deviation saved = repository.save(current.withStatus(DeviationStatus.CLOSED, version));
		audit.record(community.slug(), "deviation.closed", "deviation " + id, current.status() + " → CLOSED");
		return saved;
	}

	/**
	 * Every deviation of every community still waiting for an answer, for the reminders of
	 * answer deadlines; see {@link DeviationReader#awaitingAnswer()}.
	 */
	public List<AnswerDeadline> awaitingAnswer() {
		return reader.awaitingAnswer();
	}

	/** Public statistics for learning, small cells suppressed. */
	public DeviationStatistics statistics(long communityId) {
		return statistics.get(communityId, counts::statistics);
	}

	/** Forgets the statistics the start-up's demo and national-scale data changed past this service. */
	@EventListener(ApplicationReadyEvent.class)
	void forgetStatistics() {
		statistics.forget();
	}

	/** The same for the reports whose event happened in {@code year}, for the annual report. */
	public DeviationStatistics statistics(long communityId, int year) {
		return counts.statistics(communityId, year);
	}

	/** Of the reports whose event happened in {@code year}: answered by the deadline, after it, or not; suppressed. */
	public CountTable answersInTime(long communityId, int year) {
		return counts.answersInTime(communityId, year);
	}

	/**
	 * The report, if the signed-in person may act for its receiving partner (its contact or a
	 * coordinator) and it is still open.
	 */
	private Deviation answerable(Community community, long id) {
		reader.requireMember(community.slug());
		Deviation current = repository.findByIdAndCommunityId(id, community.id())
			.orElseThrow(() -> new NotFoundException("deviation", id));
		access.requireActingForPartner(community.slug(), current.receivingPartnerId());
		if (current.isClosed()) {
			throw new ConflictException("deviation.closed", "deviation " + id + " is closed");
		}
		return current;
	}

	private void check(ReportDeviation r, Map<Long, Partner> reportable) {
		var problems = new ArrayList<FieldProblem>();
		checkPartner(problems, "reportingPartnerId", r.reportingPartnerId(), reportable);
		checkPartner(problems, "receivingPartnerId", r.receivingPartnerId(), reportable);
		if (r.reportingPartnerId() != null && r.reportingPartnerId().equals(r.receivingPartnerId())) {
			problems.add(new FieldProblem("receivingPartnerId", "deviation.receivingPartner.same"));
		}
		if (r.eventDate() == null) {
			problems.add(new FieldProblem("eventDate", "validation.required"));
		}
		else if (r.eventDate().isAfter(today())) {
			problems.add(new FieldProblem("eventDate", "deviation.eventDate.future"));
		}
		if (r.category() == null) {
			problems.add(new FieldProblem("category", "validation.required"));
		}
		requireText(problems, "description", r.description(), 4000);
		requireText(problems, "consequence", r.consequence(), 2000);
		requireText(problems, "reporterReference", r.reporterReference(), 100);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void checkPartner(List<FieldProblem> problems, String field, Long id, Map<Long, Partner> reportable) {
		if (id == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (!reportable.containsKey(id)) {
			problems.add(new FieldProblem(field, "validation.unknown"));
		}
	}

	private static void requireText(List<FieldProblem> problems, String field, String text, int max) {
		if (Text.isBlank(text)) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else {
			optionalText(problems, field, text, max);
		}
	}

	/** Free text may never carry a patient's identity number; the person is told why, in their language. */
	private static void optionalText(List<FieldProblem> problems, String field, String text, int max) {
		if (text == null) {
			return;
		}
		if (text.strip().length() > max) {
			problems.add(new FieldProblem(field, "deviation.tooLong", max));
		}
		else if (IdentityNumbers.containsOne(text)) {
			problems.add(new FieldProblem(field, "deviation.identityNumber"));
		}
	}

}
