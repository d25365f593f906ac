package no.samhald.work;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementStatus;
import no.samhald.agreement.Agreements;
import no.samhald.community.Community;
import no.samhald.platform.Access;

/** Agreements to review, for coordinators: the review date is within 60 days or has passed. */
@Component
record AgreementTasks(Agreements agreements, Access access) implements TaskSource {

	static final int REVIEW_NOTICE_DAYS = 60;

	@Override
	public List<Task> forCurrentPerson(Community community, LocalDateTime now) {
		if (!access.canCoordinate(community.slug())) {
			return List.of();
		}
		return agreements.all(community.id()).stream()
			.filter(a -> a.reviewDue() != null && a.status() != AgreementStatus.EXPIRED
					&& !a.reviewDue().isAfter(now.toLocalDate().plusDays(REVIEW_NOTICE_DAYS)))
			.map(a -> task(community, a, now))
			.toList();
	}

	@Override
	public List<Task> overdueIn(Community community, LocalDateTime now) {
		return agreements.all(community.id()).stream()
			.filter(a -> a.isReviewOverdue(now.toLocalDate()))
			.map(a -> task(community, a, now))
			.toList();
	}

	private static Task task(Community community, Agreement a, LocalDateTime now) {
		return Task.of(TaskKind.AGREEMENT_TO_REVIEW, community.slug(), a.id(), a.title(), a.reviewDue(),
				now.toLocalDate(), "/agreements/" + a.id());
	}

}
