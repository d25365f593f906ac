package no.samhald.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.Text;

/**
 * Samhandlingsavvik of a community: reporting (by anyone signed in to the community), routing to
 * the receiving partner, handling and answering (by the receiving partner's contact, or a
 * coordinator on the receiver's behalf), closing (by a coordinator), and statistics. Who may see a
 * report: its reporter, the contacts of the partners that reported or received it, and the
 * community's coordinators; to anyone else it does not exist. Every method is scoped by the community.
 */
@Service
public class Deviations {

	/** Partners between whom a samhandlingsavvik can happen: municipalities and the specialist health service. */
	private static final Set<PartnerType> REPORTABLE = EnumSet.of(PartnerType.MUNICIPALITY, PartnerType.HEALTH_TRUST,
			PartnerType.HOSPITAL);

	private final DeviationRepository repository;

	private final DeviationCounts counts;

	private final Partners partners;

	private final Access access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deviations(DeviationRepository repository, DeviationCounts counts, Partners partners, Access access,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.counts = counts;
		this.partners = partners;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The partners a report can come from or go to, municipalities first. */
	public List<Partner> reportablePartners(long communityId) {
		return partners.all(communityId).stream().filter(p -> REPORTABLE.contains(p.type())).toList();
	}

	/** Names of the community's partners by id, to show on reports. */
	public Map<Long, String> partnerNames(long communityId) {
		return partners.all(communityId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
	}

	/**
	 * Stores the report of the signed-in person and routes it to the receiving partner, with an
	 * answer due three weeks from today. Refuses, with every problem at once, missing fields, an
	 * event in the future and any text that carries a fødselsnummer or D-number.
	 */
	@Transactional
	public Deviation report(Community community, ReportDeviation report) {
		long communityId = community.id();
		requireMember(community.slug());
		var reportable = reportablePartners(communityId).stream()
			.collect(Collectors.toMap(Partner::id, Function.identity()));
		check(report, reportable);
		LocalDate today = today();
		Partner from = reportable.get(report.reportingPartnerId());
		Partner to = reportable.get(report.receivingPartnerId());
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

	/**
	 * The reports the signed-in person may see: all of the community's for a coordinator; for
	 * anyone else their own and, for a partner contact, those their partner received or reported.
	 * Only those to {@code receivingPartnerId} when given: that partner's inbox.
	 */
	public List<Deviation> visible(long communityId, String communitySlug, Long receivingPartnerId) {
		requireMember(communitySlug);
		if (access.canCoordinate(communitySlug)) {
			return receivingPartnerId == null ? repository.findByCommunityIdOrderByReceivedOnDescIdDesc(communityId)
					: repository.findByCommunityIdAndReceivingPartnerIdOrderByReceivedOnDescIdDesc(communityId,
							receivingPartnerId);
		}
		List<Deviation> visible = visibleToNonCoordinator(communityId, communitySlug);
		if (receivingPartnerId == null) {
			return visible;
		}
		return visible.stream().filter(d -> d.receivingPartnerId().equals(receivingPartnerId)).toList();
	}

	/** The partners the signed-in person is a contact of (not counting coordinators), among the reportable ones. */
	public List<Partner> partnersActedFor(long communityId, String communitySlug) {
		Set<Long> contactOf = access.scopesOf(Role.PARTNER_CONTACT, communitySlug);
		return reportablePartners(communityId).stream().filter(p -> contactOf.contains(p.id())).toList();
	}

	/**
	 * The reports still awaiting an answer from the given receiving partners, for whom the
	 * signed-in person acts (their contact, or a coordinator); the answer deadline first.
	 */
	public List<Deviation> awaitingAnswerFrom(long communityId, String communitySlug, Set<Long> partnerIds) {
		partnerIds.forEach(partnerId -> access.requireActingForPartner(communitySlug, partnerId));
		return repository.findByCommunityIdOrderByReceivedOnDescIdDesc(communityId).stream()
			.filter(d -> d.status().awaitsAnswer() && partnerIds.contains(d.receivingPartnerId()))
			.sorted(Comparator.comparing(Deviation::answerDue).thenComparing(Deviation::id))
			.toList();
	}

	/** Every report of the community still awaiting an answer, for its coordinators; the answer deadline first. */
	public List<Deviation> awaitingAnswer(long communityId, String communitySlug) {
		access.requireCoordinator(communitySlug);
		return repository.findByCommunityIdOrderByReceivedOnDescIdDesc(communityId).stream()
			.filter(d -> d.status().awaitsAnswer())
			.sorted(Comparator.comparing(Deviation::answerDue).thenComparing(Deviation::id))
			.toList();
	}

	/** One report, if the signed-in person may see it; otherwise a {@link NotFoundException}. */
	public Deviation get(long communityId, String communitySlug, long id) {
		requireMember(communitySlug);
		return repository.findByIdAndCommunityId(id, communityId)
			.filter(d -> maySee(communitySlug, d))
			.orElseThrow(() -> new NotFoundException("deviation", id));
	}

	/** The receiver has started on the report (motteke → under handsaming). */
	@Transactional
	public Deviation startHandling(Community community, long id, int version) {
		Deviation current = answerable(community, id);
		if (current.status() != DeviationStatus.RECEIVED) {
			throw new ConflictException("deviation.notReceived", "deviation " + id + " is " + current.status());
		}
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
		Deviation saved = repository.save(current.withStatus(DeviationStatus.CLOSED, version));
		audit.record(community.slug(), "deviation.closed", "deviation " + id, current.status() + " → CLOSED");
		return saved;
	}

	/**
	 * Every deviation of every community still waiting for an answer, for the reminders of
	 * answer deadlines; a job of the installation, so no person's access applies.
	 */
	public List<AnswerDeadline> awaitingAnswer() {
		return repository.findByStatusIn(List.of(DeviationStatus.RECEIVED, DeviationStatus.IN_PROGRESS))
			.stream()
			.map(d -> new AnswerDeadline(d.communityId(), d.id(), d.receivingPartnerId(), d.answerDue()))
			.toList();
	}

	/** Public statistics for learning, small cells suppressed. */
	public DeviationStatistics statistics(long communityId) {
		return counts.statistics(communityId);
	}

	/**
	 * The report, if the signed-in person may act for its receiving partner (its contact or a
	 * coordinator) and it is still open.
	 */
	private Deviation answerable(Community community, long id) {
		requireMember(community.slug());
		Deviation current = repository.findByIdAndCommunityId(id, community.id())
			.orElseThrow(() -> new NotFoundException("deviation", id));
		access.requireActingForPartner(community.slug(), current.receivingPartnerId());
		if (current.isClosed()) {
			throw new ConflictException("deviation.closed", "deviation " + id + " is closed");
		}
		return current;
	}

	private List<Deviation> visibleToNonCoordinator(long communityId, String communitySlug) {
		Set<Long> contactOf = access.scopesOf(Role.PARTNER_CONTACT, communitySlug);
		if (contactOf.isEmpty()) {
			return repository.findByCommunityIdAndReportedByOrderByReceivedOnDescIdDesc(communityId,
					access.currentUsername());
		}
		return repository.findVisibleToPartnerContact(communityId, access.currentUsername(), contactOf);
	}

	private boolean maySee(String communitySlug, Deviation d) {
		return access.canCoordinate(communitySlug) || d.reportedBy().equals(access.currentUsername())
				|| access.isPartnerContact(communitySlug, d.receivingPartnerId())
				|| access.isPartnerContact(communitySlug, d.reportingPartnerId());
	}

	private void requireMember(String communitySlug) {
		if (!access.isMemberOf(communitySlug)) {
			throw new AccessDeniedException("Not signed in to " + communitySlug);
		}
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
