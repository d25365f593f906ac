package no.samhald.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The collections of a community: a coordinator defines and closes them; the contact of an asked
 * partner (or a coordinator on its behalf) saves the partner's answer as a draft, submits it, and
 * corrects it while the collection is open. Definitions are public, like their results; a
 * partner's draft is seen only by those who may act for it. Every method is scoped by the community.
 */
@Service
public class Collections {

	private final CollectionRepository collections;

	private final AnswerRepository answers;

	private final UnsubmittedPartners unsubmitted;

	private final Partners partners;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	Collections(CollectionRepository collections, AnswerRepository answers, UnsubmittedPartners unsubmitted,
			Partners partners, Access access, AuditLog audit, Clock clock) {
		this.collections = collections;
		this.answers = answers;
		this.unsubmitted = unsubmitted;
		this.partners = partners;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The community's collections, the latest deadline first. */
	public List<DataCollection> all(long communityId) {
		return collections.findByCommunityIdOrderByDeadlineDescIdDesc(communityId);
	}

	public DataCollection get(long communityId, long id) {
		return collections.findByIdAndCommunityId(id, communityId)
			.orElseThrow(() -> new NotFoundException("collection", id));
	}

	/** The partners that can be asked, municipalities first, as the partnership lists them. */
	public List<Partner> partners(long communityId) {
		return partners.all(communityId);
	}

	/** Every partner's answer to the collection, drafts too: for the progress list (status only is shown). */
	public Map<Long, Answer> answersByPartner(long collectionId) {
		return answers.findByCollectionId(collectionId).stream()
			.collect(Collectors.toMap(Answer::partnerId, a -> a));
	}

	@Transactional
	public DataCollection define(Community community, DefineCollection definition) {
		access.requireCoordinator(community.slug());
		DefinitionRules.check(definition, partnerIds(community.id()), List.of());
		DataCollection saved = collections.save(new DataCollection(null, community.id(), definition.title().strip(),
				definition.period().strip(), definition.deadline(), CollectionStatus.OPEN, access.currentUsername(),
				cleaned(definition.fields()), asked(definition.partnerIds()), 0));
		audit.record(community.slug(), "collection.defined", "collection " + saved.id(), saved.title());
		return saved;
	}

	/** Changes the definition if nobody saved it since {@code definition.version()}. */
	@Transactional
	public DataCollection update(Community community, long id, DefineCollection definition) {
		access.requireCoordinator(community.slug());
		DataCollection current = get(community.id(), id);
		List<CollectionField> answered = answers.existsByCollectionId(id) ? current.fields() : List.of();
		DefinitionRules.check(definition, partnerIds(community.id()), answered);
		int version = definition.version() == null ? current.version() : definition.version();
		DataCollection saved = collections.save(new DataCollection(id, community.id(), definition.title().strip(),
				definition.period().strip(), definition.deadline(), current.status(), current.createdBy(),
				cleaned(definition.fields()), asked(definition.partnerIds()), version));
		audit.record(community.slug(), "collection.changed", "collection " + id, saved.title());
		return saved;
	}

	/** Closes the collection: the answers stand and can no longer be changed. */
	@Transactional
	public DataCollection close(Community community, long id, int version) {
		access.requireCoordinator(community.slug());
		DataCollection saved = collections.save(get(community.id(), id).closed(version));
		audit.record(community.slug(), "collection.closed", "collection " + id, saved.title());
		return saved;
	}

	/** The partner's answer, for those who may act for the partner; empty before the first save. */
	public Optional<Answer> answerOf(Community community, long id, long partnerId) {
		DataCollection collection = get(community.id(), id);
		requireAsked(collection, partnerId);
		access.requireActingForPartner(community.slug(), partnerId);
		return answers.findByCollectionIdAndPartnerId(id, partnerId);
	}

	/**
	 * Saves the partner's answer: as a draft, or submitted (then every field but short text must be
	 * filled in). A value that did not change keeps who entered it and when. Refuses, with a message
	 * per field, values that are not numbers, out of range, unknown options or identity numbers; a
	 * stale {@code version} (or none, when an answer exists) gives an {@link OptimisticLockingFailureException}, a closed collection a
	 * {@link ConflictException}.
	 */
	@Transactional
	public SavedAnswer saveAnswer(Community community, long id, long partnerId, SaveAnswer save) {
		DataCollection collection = get(community.id(), id);
		requireAsked(collection, partnerId);
		access.requireActingForPartner(community.slug(), partnerId);
		if (!collection.isOpen()) {
			throw new ConflictException("collection.closed", "collection " + id + " is closed");
		}
		Optional<Answer> stored = answers.findByCollectionIdAndPartnerId(id, partnerId);
		if (stored.isPresent() && (save.version() == null || save.version() != stored.get().version())) {
			throw new OptimisticLockingFailureException("answer to collection " + id + " changed since " + save.version());
		}
		Map<Integer, String> parsed = parse(collection, save);
		String by = access.currentUsername();
		Instant now = clock.instant();
		Map<Integer, AnswerValue> values = new HashMap<>();
		Map<Integer, AnswerValue> before = stored.map(Answer::values).orElse(Map.of());
		parsed.forEach((position, value) -> {
			AnswerValue old = before.get(position);
			values.put(position, old != null && old.value().equals(value) ? old : new AnswerValue(value, by, now));
		});
		boolean submitted = save.submit() || stored.map(Answer::isSubmitted).orElse(false);
		Answer previous = stored.orElse(null);
		Answer saved = answers.save(new Answer(previous == null ? null : previous.id(), id, partnerId,
				submitted ? AnswerStatus.SUBMITTED : AnswerStatus.DRAFT,
				submitted ? (save.submit() || previous == null ? by : previous.submittedBy()) : null,
				submitted ? (save.submit() || previous == null ? now : previous.submittedAt()) : null, values,
				previous == null ? 0 : previous.version()));
		audit.record(community.slug(), submitted ? "collection.answerSubmitted" : "collection.answerDrafted",
				"collection " + id, "partner " + partnerId);
		return new SavedAnswer(saved, previous == null);
	}

	/** Every submitted answer of the collection: what the results count. */
	public List<Answer> submitted(long collectionId) {
		return answers.findByCollectionId(collectionId).stream().filter(Answer::isSubmitted).toList();
	}

	/**
	 * For the reminders: every asked partner of every open collection that has not submitted; a job
	 * of the installation, so no person's access applies.
	 */
	public List<PendingAnswer> awaitingAnswers() {
		return named(unsubmitted.everywhere());
	}

	/**
	 * The same for one community: what its partners' contacts still have to submit (My work). The
	 * system's read, without the current person's access; the caller picks the partners it shows.
	 */
	public List<PendingAnswer> awaitingAnswers(long communityId) {
		return named(unsubmitted.in(communityId));
	}

	/** With the partners' names, read once per community; a partner no longer in its community is left out. */
	private List<PendingAnswer> named(List<UnsubmittedPartners.Unsubmitted> open) {
		var namesOf = new HashMap<Long, Map<Long, String>>();
		var pending = new ArrayList<PendingAnswer>();
		for (UnsubmittedPartners.Unsubmitted u : open) {
			String name = namesOf.computeIfAbsent(u.communityId(), this::partnerNames).get(u.partnerId());
			if (name != null) {
				pending.add(new PendingAnswer(u.communityId(), u.collectionId(), u.title(), u.period(), u.deadline(),
						u.partnerId(), name));
			}
		}
		return pending;
	}

	private Map<Long, String> partnerNames(long communityId) {
		return partners.all(communityId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
	}

	private Map<Integer, String> parse(DataCollection collection, SaveAnswer save) {
		var problems = new ArrayList<FieldProblem>();
		var parsed = new HashMap<Integer, String>();
		Map<Integer, String> typed = save.values() == null ? Map.of() : save.values();
		for (Integer position : typed.keySet()) {
			if (position == null || position < 0 || position >= collection.fields().size()) {
				problems.add(new FieldProblem("values", "validation.unknown"));
			}
		}
		for (int i = 0; i < collection.fields().size(); i++) {
			CollectionField field = collection.fields().get(i);
			String raw = typed.get(i);
			String formField = "values[" + i + "]";
			if (Text.isBlank(raw)) {
				if (save.submit() && field.kind() != FieldKind.SHORT_TEXT) {
					problems.add(new FieldProblem(formField, "validation.required"));
				}
				continue;
			}
			var result = FieldValues.parse(field, raw, formField);
			if (result.problem() != null) {
				problems.add(result.problem());
			}
			else {
				parsed.put(i, result.value());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return parsed;
	}

	private static void requireAsked(DataCollection collection, long partnerId) {
		if (!collection.asks(partnerId)) {
			throw new NotFoundException("answer of partner", partnerId);
		}
	}

	private java.util.Set<Long> partnerIds(long communityId) {
		return partners.all(communityId).stream().map(Partner::id).collect(Collectors.toSet());
	}

	private static java.util.Set<AskedPartner> asked(List<Long> partnerIds) {
		return new HashSet<>(partnerIds.stream().map(AskedPartner::new).toList());
	}

	/** A choice's options one per line, without blank lines; null for other kinds and for none. */
	private static String choices(CollectionField field, List<String> options) {
		return field.kind() == FieldKind.CHOICE && !options.isEmpty() ? String.join("\n", options) : null;
	}

	private static List<CollectionField> cleaned(List<CollectionField> fields) {
		return fields.stream()
			.map(f -> new CollectionField(f.kind(), f.labelNn().strip(), f.labelNb().strip(), Text.strippedOrNull(f.labelEn()),
					Text.strippedOrNull(f.unit()), Text.strippedOrNull(f.help()), f.minValue(), f.maxValue(),
					choices(f, f.choiceList()), choices(f, f.choiceListNb()), choices(f, f.choiceListEn()), f.sensitive()))
			.toList();
	}

}
