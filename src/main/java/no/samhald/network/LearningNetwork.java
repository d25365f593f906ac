package no.samhald.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.Partners;
import no.samhald.partnership.People;
import no.samhald.partnership.Person;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The teams of a community's learning network and its figures. The public sees the teams and the
 * figures; who is in a team (names, roles, e-mail) only the community's signed-in members see.
 * A coordinator registers and corrects teams.
 */
@Service
public class LearningNetwork {

	/** The partners that send teams: the municipalities and the health trust with its hospitals. */
	private static final Set<PartnerType> TEAM_PARTNERS = EnumSet.of(PartnerType.MUNICIPALITY,
			PartnerType.HEALTH_TRUST, PartnerType.HOSPITAL);

	private final TeamRepository teams;

	private final NetworkGatherings gatherings;

	private final Partners partners;

	private final People people;

	private final AuditLog audit;

	private final Access access;

	LearningNetwork(TeamRepository teams, NetworkGatherings gatherings, Partners partners, People people,
			AuditLog audit, Access access) {
		this.teams = teams;
		this.gatherings = gatherings;
		this.partners = partners;
		this.people = people;
		this.audit = audit;
		this.access = access;
	}

	/** Whether the signed-in person sees who is in the teams: a member of the community. */
	public boolean showsMembers(Community community) {
		return access.isMemberOf(community.slug());
	}

	/** The teams by name, their members left out for the public. */
	public List<Team> teams(Community community) {
		return teams.findByCommunityIdOrderByNameAsc(community.id()).stream().map(t -> visible(community, t)).toList();
	}

	public Team team(Community community, long id) {
		return visible(community, stored(community.id(), id));
	}

	/** The partners a team can belong to, by name. */
	public List<Partner> teamPartners(long communityId) {
		return partners.all(communityId).stream().filter(p -> TEAM_PARTNERS.contains(p.type()))
			.sorted(Comparator.comparing(Partner::name)).toList();
	}

	@Transactional
	public Team register(Community community, SaveTeam team) {
		access.requireCoordinator(community.slug());
		Team saved = teams.save(toTeam(null, community.id(), check(community.id(), team), 0));
		audit.record(community.slug(), "network.team.registered", "team " + saved.id(), saved.name());
		return saved;
	}

	/** Corrects a team with its members unless someone else saved it since {@code team.version()} (then OptimisticLockingFailureException). */
	@Transactional
	public Team update(Community community, long id, SaveTeam team) {
		access.requireCoordinator(community.slug());
		Team current = stored(community.id(), id);
		SaveTeam checked = check(community.id(), team);
		Team saved = teams.save(toTeam(id, community.id(), checked, team.version()));
		// the audit names the fields, never the members
		audit.record(community.slug(), "network.team.updated", "team " + id,
				String.join(", ", checked.fieldsChangedIn(current)));
		return saved;
	}

	/** The network now: the teams that have not ended, and every gathering. */
	public NetworkFigures figures(long communityId) {
		return figuresOf(communityId, t -> t.endedOn() == null, gatherings.all(communityId));
	}

	/** The network in a year: the teams that took part some time in it, and the gatherings held in it, oldest first. */
	public NetworkFigures figures(long communityId, int year) {
		List<Gathering> ofYear = gatherings.all(communityId).stream()
			.filter(g -> g.event().startsAt().getYear() == year)
			.sorted(Comparator.comparing(g -> g.event().startsAt()))
			.toList();
		return figuresOf(communityId, t -> t.activeIn(year), ofYear);
	}

	private NetworkFigures figuresOf(long communityId, Predicate<Team> counted, List<Gathering> held) {
		Map<Long, Partner> byId = partners.all(communityId).stream().collect(Collectors.toMap(Partner::id, Function.identity()));
		List<Partner> withTeam = teams.findByCommunityIdOrderByNameAsc(communityId).stream().filter(counted)
			.map(t -> byId.get(t.partnerId())).filter(Objects::nonNull).toList();
		List<Partner> distinct = withTeam.stream().distinct().toList();
		long municipalities = distinct.stream().filter(Partner::isMunicipality).count();
		List<String> others = distinct.stream().filter(p -> !p.isMunicipality()).map(Partner::name).sorted().toList();
		return new NetworkFigures(withTeam.size(), (int) municipalities, others, held);
	}

	Team stored(long communityId, long id) {
		return teams.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("network team", id));
	}

	private Team visible(Community community, Team team) {
		return showsMembers(community) ? team : team.withoutMembers();
	}

	/**
	 * The team as it will be stored, or the problems beside their fields: a partner that sends
	 * teams, an end not before the start, and members with a name (taken from the person when
	 * linked); no identity number in any free text.
	 */
	private SaveTeam check(long communityId, SaveTeam d) {
		var problems = new ArrayList<FieldProblem>();
		if (d.partnerId() == null || teamPartners(communityId).stream().noneMatch(p -> p.id().equals(d.partnerId()))) {
			problems.add(new FieldProblem("partnerId", "network.team.partner.invalid"));
		}
		if (d.startedOn() != null && d.endedOn() != null && d.endedOn().isBefore(d.startedOn())) {
			problems.add(new FieldProblem("endedOn", "network.team.endedOn.beforeStart"));
		}
		if (Text.isBlank(d.name())) {
			problems.add(new FieldProblem("name", "network.team.name.required"));
		}
		if (d.startedOn() == null) {
			problems.add(new FieldProblem("startedOn", "network.team.startedOn.required"));
		}
		refuseIdentityNumber("name", d.name(), problems);
		Map<Long, Person> persons = people.all(communityId).stream().collect(Collectors.toMap(Person::id, Function.identity()));
		var members = new ArrayList<TeamMember>();
		for (int i = 0; i < d.members().size(); i++) {
			TeamMember m = d.members().get(i);
			if (m.isBlank()) {
				// an empty row of the form; the others keep their numbers for the messages
				continue;
			}
			String field = "members[" + i + "].";
			Person person = m.personId() == null ? null : persons.get(m.personId());
			if (m.personId() != null && person == null) {
				problems.add(new FieldProblem(field + "personId", "network.member.person.unknown"));
			}
			String name = Text.strippedOrEmpty(m.name()).isEmpty() && person != null ? person.name() : Text.strippedOrEmpty(m.name());
			String email = Text.strippedOrEmpty(m.email()).isEmpty() && person != null ? Objects.requireNonNullElse(person.email(), "") : Text.strippedOrEmpty(m.email());
			if (name.isEmpty()) {
				problems.add(new FieldProblem(field + "name", "network.member.name.required"));
			}
			refuseIdentityNumber(field + "name", name, problems);
			refuseIdentityNumber(field + "role", m.role(), problems);
			members.add(new TeamMember(name, Text.strippedOrEmpty(m.role()), email, m.personId()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new SaveTeam(d.partnerId(), d.name().strip(), d.startedOn(), d.endedOn(), members, d.version());
	}

	private static void refuseIdentityNumber(String field, String text, List<FieldProblem> problems) {
		if (text != null && IdentityNumbers.containsOne(text)) {
			problems.add(new FieldProblem(field, "NoIdentityNumber"));
		}
	}

	private static Team toTeam(Long id, long communityId, SaveTeam d, int version) {
		return new Team(id, communityId, d.partnerId(), d.name(), d.startedOn(), d.endedOn(), d.members(), version);
	}

}
