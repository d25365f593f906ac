package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samhald.collection.Collections;
import no.samhald.collection.PendingAnswer;
import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser.Role;

/**
 * Collection answers to submit: for a partner's contact, every open collection that asks the
 * partner and has no submitted answer from it yet (a draft still waits), due by the collection's
 * deadline. A coordinator may answer on a partner's behalf but is not the one asked, so sees
 * them only when overdue, on the overdue page.
 */
@Component
record CollectionTasks(Collections collections, Access access) implements TaskSource {

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		Set<Long> partners = access.scopesOf(Role.PARTNER_CONTACT, community.slug());
		if (partners.isEmpty()) {
			return List.of();
		}
		return collections.awaitingAnswers(community.id()).stream()
			.filter(pending -> partners.contains(pending.partnerId()))
			.map(pending -> task(community, pending, now))
			.toList();
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return collections.awaitingAnswers(community.id()).stream()
			.map(pending -> task(community, pending, now))
			.filter(Task::overdue)
			.toList();
	}

	private static Task task(Community community, PendingAnswer pending, LocalDateTime now) {
		return Task.of(TaskKind.COLLECTION_TO_ANSWER, community.slug(), pending.collectionId(),
				pending.title() + " – " + pending.partnerName(), pending.deadline(), now.toLocalDate(),
				"/collections/" + pending.collectionId() + "/answers/" + pending.partnerId());
	}

}
