package no.samhald.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.RememberedReads;
import no.samhald.platform.Text;

/**
 * Forums of a community, their hierarchy and memberships, and the representation rule.
 * Every method is scoped by the community's id.
 */
@Service
public class Forums {

	private final ForumRepository forums;

	private final MembershipRepository memberships;

	private final PersonRepository people;

	private final PartnerRepository partners;

	private final AuditLog audit;

	private final Access access;

	private final Clock clock;

	/** A community's forums, asked by nearly every page (labels, filters, the menu of forums). */
	private final RememberedReads<Long, List<Forum>> forumsOf = new RememberedReads<>();

	/** The structure page's tree with its representation gaps, per community and day. */
	private final RememberedReads<StructureOn, List<ForumNode>> structures = new RememberedReads<>();

	private record StructureOn(long communityId, LocalDate day) {
	}

	Forums(ForumRepository forums, MembershipRepository memberships, PersonRepository people,
			PartnerRepository partners, AuditLog audit, Access access, Clock clock) {
		this.forums = forums;
		this.memberships = memberships;
		this.people = people;
		this.partners = partners;
		this.audit = audit;
		this.access = access;
		this.clock = clock;
	}

	/** From memory until a forum or a seat changes here (#11); the demo and scale data are written before the start ends. */
	public List<Forum> all(long communityId) {
		return forumsOf.get(communityId, id -> List.copyOf(forums.findByCommunityIdOrderByName(id)));
	}

	/** Forgets what the start-up's demo and national-scale data wrote past this service. */
	@EventListener(ApplicationReadyEvent.class)
	void forgetRemembered() {
		forumsOf.forget();
		structures.forget();
	}

	public Forum get(long communityId, long id) {
		return forums.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("forum", id));
	}

	/** The forum's memberships, current and past, with person and partner; leaders first. */
	public List<Member> members(long communityId, long forumId) {
		get(communityId, forumId);
		Map<Long, Person> persons = people.findByCommunityIdOrderByName(communityId).stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		Map<Long, Partner> partnerById = partners.findByCommunityIdOrderByTypeAscNameAsc(communityId).stream()
			.collect(Collectors.toMap(Partner::id, Function.identity()));
		return memberships.findByForumIdOrderByStartDate(forumId).stream()
			.map(m -> new Member(m, persons.get(m.personId()), m.partnerId() == null ? null : partnerById.get(m.partnerId())))
			.sorted(Comparator.comparing((Member m) -> m.membership().role()).thenComparing(m -> m.person().name()))
			.toList();
	}

	/** The memberships held today. */
	public List<Member> currentMembers(long communityId, long forumId) {
		LocalDate today = LocalDate.now(clock);
		return members(communityId, forumId).stream().filter(m -> m.membership().isCurrentOn(today)).toList();
	}

	/** What the forum lacks today under "brukarar og fastlegar deltek på alle nivå". */
	public List<RepresentationGap> representationGaps(long communityId, long forumId) {
		Forum forum = get(communityId, forumId);
		return gaps(forum, memberships.findByForumIdOrderByStartDate(forumId), LocalDate.now(clock));
	}

	static List<RepresentationGap> gaps(Forum forum, List<Membership> seats, LocalDate day) {
		if (!forum.requiresRepresentation()) {
			return List.of();
		}
		var present = seats.stream().filter(m -> m.isCurrentOn(day)).map(Membership::representation)
			.collect(Collectors.toSet());
		var gaps = new ArrayList<RepresentationGap>();
		if (!present.contains(Representation.USER_REPRESENTATIVE)) {
			gaps.add(RepresentationGap.USER_REPRESENTATIVE);
		}
		if (!present.contains(Representation.GENERAL_PRACTITIONER)) {
			gaps.add(RepresentationGap.GENERAL_PRACTITIONER);
		}
		return gaps;
	}

	/** The forum hierarchy: the forums without a parent, each with its descendants. */
	public List<ForumNode> structure(long communityId) {
		return structures.get(new StructureOn(communityId, LocalDate.now(clock)), key -> structure(key.communityId(), key.day()));
	}

	private List<ForumNode> structure(long communityId, LocalDate today) {
		List<Forum> all = all(communityId);
		// One query for the seats of every forum, not one per forum.
		List<Membership> seats = all.isEmpty() ? List.of() : memberships.findByForumIdIn(all.stream().map(Forum::id).toList());
		Map<Long, List<Membership>> seatsByForum = seats.stream()
			.collect(Collectors.groupingBy(Membership::forumId));
		return nodesUnder(null, all, seatsByForum, today);
	}

	private List<ForumNode> nodesUnder(Long parentId, List<Forum> all, Map<Long, List<Membership>> seats, LocalDate day) {
		return all.stream()
			.filter(f -> Objects.equals(f.parentId(), parentId))
			.sorted(Comparator.comparing(Forum::kind).thenComparing(Forum::name))
			.map(f -> new ForumNode(f, nodesUnder(f.id(), all, seats, day), gaps(f, seats.getOrDefault(f.id(), List.of()), day)))
			.toList();
	}

	/** The chain of forums from the top of the structure down to this one's parent. */
	public List<Forum> ancestors(long communityId, long forumId) {
		var chain = new ArrayList<Forum>();
		Forum current = get(communityId, forumId);
		var seen = new HashSet<Long>();
		while (current.parentId() != null && seen.add(current.id())) {
			current = get(communityId, current.parentId());
			chain.add(0, current);
		}
		return chain;
	}

	public List<Forum> children(long communityId, long forumId) {
		return all(communityId).stream().filter(f -> Objects.equals(f.parentId(), forumId)).toList();
	}

	@Transactional
	public Forum create(Community community, SaveForum forum) {
		access.requireCoordinator(community.slug());
		check(community.id(), null, forum);
		forgetRemembered();
		Forum saved = forums.save(toForum(null, community.id(), forum, 0));
		audit.record(community.slug(), "forum.created", "forum " + saved.id(), saved.name());
		return saved;
	}

	/** Saves unless someone else saved since {@code forum.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Forum update(Community community, long id, SaveForum forum) {
		access.requireCoordinator(community.slug());
		Forum current = get(community.id(), id);
		check(community.id(), id, forum);
		forgetRemembered();
		Forum saved = forums.save(toForum(id, community.id(), forum, forum.version()));
		audit.record(community.slug(), "forum.updated", "forum " + id, String.join(", ", forum.fieldsChangedIn(current)));
		return saved;
	}

	@Transactional
	public Membership addMember(Community community, long forumId, AddMember seat) {
		access.requireCoordinator(community.slug());
		Forum forum = get(community.id(), forumId);
		checkMembership(community.id(), seat);
		forgetRemembered();
		Membership saved = memberships.save(new Membership(null, forumId, seat.personId(), seat.role(),
				seat.partnerId(), seat.representation(), seat.startDate(), seat.endDate(), 0));
		audit.record(community.slug(), "membership.created", "forum " + forumId,
				"person " + seat.personId() + " as " + seat.role() + " in " + forum.name());
		return saved;
	}

	/** Ends a seat on the given day (the last day it is held). */
	@Transactional
	public void endMembership(Community community, long forumId, long membershipId, LocalDate lastDay) {
		access.requireCoordinator(community.slug());
		get(community.id(), forumId);
		Membership seat = memberships.findById(membershipId)
			.filter(m -> m.forumId() == forumId)
			.orElseThrow(() -> new NotFoundException("membership", membershipId));
		if (lastDay.isBefore(seat.startDate())) {
			throw new InvalidInputException("endDate", "membership.endDate.beforeStart");
		}
		forgetRemembered();
		memberships.save(new Membership(seat.id(), seat.forumId(), seat.personId(), seat.role(), seat.partnerId(),
				seat.representation(), seat.startDate(), lastDay, seat.version()));
		audit.record(community.slug(), "membership.ended", "forum " + forumId, "membership " + membershipId + " until " + lastDay);
	}

	private Forum toForum(Long id, long communityId, SaveForum d, int version) {
		return new Forum(id, communityId, d.kind(), d.name().strip(), Text.strippedOrNull(d.shortName()),
				d.parentId(), Objects.requireNonNullElse(d.mandate(), "").strip(),
				Objects.requireNonNullElse(d.meetingFrequency(), "").strip(), d.requiresRepresentation(), version);
	}

	private void check(long communityId, Long id, SaveForum d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.name() == null || d.name().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else {
			forums.findByCommunityIdAndNameIgnoreCase(communityId, d.name().strip())
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new FieldProblem("name", "forum.name.taken")));
		}
		if (d.kind() == null) {
			problems.add(new FieldProblem("kind", "validation.required"));
		}
		if (d.parentId() != null) {
			checkParent(communityId, id, d.parentId(), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** A forum may not sit under itself or under one of its own descendants. */
	private void checkParent(long communityId, Long id, long parentId, List<FieldProblem> problems) {
		var parent = forums.findByIdAndCommunityId(parentId, communityId);
		if (parent.isEmpty()) {
			problems.add(new FieldProblem("parentId", "validation.unknown"));
			return;
		}
		if (id == null) {
			return;
		}
		Long cursor = parentId;
		var seen = new HashSet<Long>();
		while (cursor != null && seen.add(cursor)) {
			if (cursor.equals(id)) {
				problems.add(new FieldProblem("parentId", "forum.parent.cycle"));
				return;
			}
			cursor = forums.findById(cursor).map(Forum::parentId).orElse(null);
		}
	}

	private void checkMembership(long communityId, AddMember d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.personId() == null || people.findByIdAndCommunityId(d.personId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("personId", d.personId() == null ? "validation.required" : "validation.unknown"));
		}
		if (d.role() == null) {
			problems.add(new FieldProblem("role", "validation.required"));
		}
		if (d.partnerId() != null && partners.findByIdAndCommunityId(d.partnerId(), communityId).isEmpty()) {
			problems.add(new FieldProblem("partnerId", "validation.unknown"));
		}
		if (d.startDate() == null) {
			problems.add(new FieldProblem("startDate", "validation.required"));
		}
		else if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
			problems.add(new FieldProblem("endDate", "membership.endDate.beforeStart"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
