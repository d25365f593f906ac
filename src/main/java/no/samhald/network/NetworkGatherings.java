package no.samhald.network;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.event.Attendances;
import no.samhald.event.Event;
import no.samhald.event.EventKind;
import no.samhald.event.Events;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The gatherings of the network: events of the event module that a coordinator links to the
 * network, and which teams came to each. Registration and the participant count stay with the
 * event; nothing about persons is stored here, so gatherings are public like events.
 */
@Service
public class NetworkGatherings {

	/** The kinds of event that can be a gathering of the network. */
	static final Set<EventKind> GATHERING_KINDS = EnumSet.of(EventKind.NETWORK_GATHERING,
			EventKind.LEARNING_NETWORK_SESSION);

	private final Events events;

	private final Attendances attendances;

	private final TeamRepository teams;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Access access;

	NetworkGatherings(Events events, Attendances attendances, TeamRepository teams, JdbcClient jdbc, AuditLog audit,
			Access access) {
		this.events = events;
		this.attendances = attendances;
		this.teams = teams;
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
	}

	/** The gatherings, newest first, each with its participants and the teams that came. */
	public List<Gathering> all(long communityId) {
		Map<Long, Integer> versions = versions(communityId);
		Map<Long, Long> attended = attendances.totals(communityId);
		return events.all(communityId).stream()
			.filter(e -> versions.containsKey(e.id()))
			.map(e -> toGathering(e, attended, versions.get(e.id())))
			.toList();
	}

	public Gathering get(long communityId, long eventId) {
		return all(communityId).stream().filter(g -> g.event().id() == eventId).findFirst()
			.orElseThrow(() -> new NotFoundException("network gathering", eventId));
	}

	/** The events a coordinator may link: network gatherings and learning-network sessions not yet linked. */
	public List<Event> linkable(long communityId) {
		Map<Long, Integer> linked = versions(communityId);
		return events.all(communityId).stream()
			.filter(e -> GATHERING_KINDS.contains(e.kind()) && !linked.containsKey(e.id()))
			.sorted(Comparator.comparing(Event::startsAt))
			.toList();
	}

	/** Makes the event a gathering of the network; linking one twice changes nothing. */
	@Transactional
	public void link(Community community, long eventId) {
		access.requireCoordinator(community.slug());
		Event event = events.get(community.id(), eventId);
		if (!GATHERING_KINDS.contains(event.kind())) {
			throw new InvalidInputException("eventId", "network.gathering.kind");
		}
		int linked = jdbc.sql("""
				insert into network_gathering (event_id, community_id, version) values (:e, :c, 0)
				on conflict (event_id) do nothing""")
			.param("e", eventId).param("c", community.id()).update();
		if (linked > 0) {
			audit.record(community.slug(), "network.gathering.linked", "event " + eventId, event.title());
		}
	}

	/** Unlinks the gathering (the event stays), unless someone else changed it since {@code version}. */
	@Transactional
	public void unlink(Community community, long eventId, int version) {
		access.requireCoordinator(community.slug());
		get(community.id(), eventId);
		int removed = jdbc.sql("delete from network_gathering where event_id = :e and community_id = :c and version = :v")
			.param("e", eventId).param("c", community.id()).param("v", version).update();
		if (removed == 0) {
			throw new OptimisticLockingFailureException("network gathering " + eventId + " changed by someone else");
		}
		audit.record(community.slug(), "network.gathering.unlinked", "event " + eventId, "");
	}

	/**
	 * Stores which teams came, unless someone else stored a list since {@code d.version()} (then
	 * OptimisticLockingFailureException, and nothing changes). Only the community's teams count.
	 */
	@Transactional
	public Gathering recordTeams(Community community, long eventId, RecordTeams d) {
		access.requireCoordinator(community.slug());
		get(community.id(), eventId);
		Set<Long> known = new HashSet<>(teams.findByCommunityIdOrderByNameAsc(community.id()).stream().map(Team::id).toList());
		if (!known.containsAll(d.teamIds())) {
			throw new InvalidInputException("teamIds", "network.gathering.unknownTeam");
		}
		int stored = jdbc.sql("update network_gathering set version = version + 1 where event_id = :e and version = :v")
			.param("e", eventId).param("v", d.version()).update();
		if (stored == 0) {
			throw new OptimisticLockingFailureException("teams of gathering " + eventId + " saved by someone else");
		}
		jdbc.sql("delete from network_gathering_team where event_id = :e").param("e", eventId).update();
		for (Long teamId : d.teamIds()) {
			jdbc.sql("insert into network_gathering_team (event_id, team_id) values (:e, :t)")
				.param("e", eventId).param("t", teamId).update();
		}
		audit.record(community.slug(), "network.gathering.teamsRecorded", "event " + eventId, d.teamIds().size() + " teams");
		return get(community.id(), eventId);
	}

	private Gathering toGathering(Event event, Map<Long, Long> attended, int version) {
		boolean recorded = attended.containsKey(event.id());
		long participants = recorded ? attended.get(event.id()) : events.seatsTaken(event.id());
		return new Gathering(event, participants, recorded, teamsAt(event.id()), version);
	}

	private Set<Long> teamsAt(long eventId) {
		return Set.copyOf(jdbc.sql("select team_id from network_gathering_team where event_id = :e")
			.param("e", eventId).query(Long.class).list());
	}

	private Map<Long, Integer> versions(long communityId) {
		return jdbc.sql("select event_id, version from network_gathering where community_id = :c")
			.param("c", communityId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
