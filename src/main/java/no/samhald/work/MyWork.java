package no.samhald.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser;

/**
 * What waits for the signed-in person across the communities they belong to or hold a role in,
 * most urgent first; and, for a community's coordinators, what is overdue in it.
 */
@Service
public class MyWork {

	static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private final List<TaskSource> sources;

	private final Communities communities;

	private final Access access;

	private final Clock clock;

	MyWork(List<TaskSource> sources, Communities communities, Access access, Clock clock) {
		this.sources = sources;
		this.communities = communities;
		this.access = access;
		this.clock = clock;
	}

	/** The signed-in person's tasks: new first, then overdue, then by due date ({@link Task#MOST_URGENT_FIRST}). */
	public List<Task> tasks() {
		SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		LocalDateTime now = now();
		return communitiesOf(user).flatMap(community -> sources.stream()
			.flatMap(source -> source.forCurrentPerson(community, now).stream()))
			.sorted(Task.MOST_URGENT_FIRST)
			.toList();
	}

	/** What is overdue in the community, by kind with a deadline (those with nothing overdue included, empty); coordinators only. */
	public Map<TaskKind, List<Task>> overdueIn(Community community) {
		access.requireCoordinator(community.slug());
		LocalDateTime now = now();
		var byKind = new EnumMap<TaskKind, List<Task>>(TaskKind.class);
		for (TaskKind kind : TaskKind.values()) {
			byKind.put(kind, List.of());
		}
		sources.stream()
			.flatMap(source -> source.overdueIn(community, now).stream())
			.sorted(Task.MOST_URGENT_FIRST)
			.forEach(task -> byKind.merge(task.kind(), List.of(task),
					(a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
		byKind.remove(TaskKind.UPCOMING_MEETING);
		byKind.remove(TaskKind.PENDING_INVITATION);
		return byKind;
	}

	/** Today in Norway, by the application's clock. */
	public LocalDate today() {
		return now().toLocalDate();
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock.withZone(NORWAY));
	}

	/** The person's own community first, then those where a scoped role alone gives them work. */
	Stream<Community> communitiesOf(SignedInUser user) {
		return user.grants().stream()
			.map(SignedInUser.Grant::communitySlug)
			.filter(Objects::nonNull)
			.distinct()
			.map(communities::findBySlug)
			.flatMap(Optional::stream);
	}

}
