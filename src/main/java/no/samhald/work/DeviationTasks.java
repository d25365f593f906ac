package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samhald.community.Community;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationReader;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser.Role;

/**
 * Deviations to answer: for a partner's contact those received by that partner, for a
 * coordinator every unanswered one in the community.
 */
@Component
record DeviationTasks(DeviationReader deviations, Access access) implements TaskSource {

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		List<Deviation> awaiting;
		if (access.canCoordinate(community.slug())) {
			awaiting = deviations.awaitingAnswer(community);
		}
		else {
			Set<Long> partners = access.scopesOf(Role.PARTNER_CONTACT, community.slug());
			if (partners.isEmpty()) {
				return List.of();
			}
			awaiting = deviations.awaitingAnswerFrom(community, partners);
		}
		return tasks(community, awaiting, now);
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return tasks(community, deviations.awaitingAnswer(community), now).stream()
			.filter(Task::overdue)
			.toList();
	}

	private List<Task> tasks(Community community, List<Deviation> awaiting, LocalDateTime now) {
		Map<Long, String> names = deviations.partnerNames(community.id());
		return awaiting.stream()
			.map(d -> Task.of(TaskKind.DEVIATION_TO_ANSWER, community.slug(), d.id(),
					names.get(d.reportingPartnerId()) + " → " + names.get(d.receivingPartnerId()), d.answerDue(),
					now.toLocalDate(), "/deviations/" + d.id())
				.arrivedOn(d.receivedOn(), now.toLocalDate()))
			.toList();
	}

}
