package no.samhald.agreement;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/**
 * An agreement of a community. {@code number} orders sub-agreements ("Delavtale 3");
 * {@code revisionForumId} is the forum (such as the agreement committee) that revises it.
 */
public record Agreement(@Id Long id, Long communityId, AgreementKind kind, Integer number, String title,
		String summary, AgreementStatus status, Long revisionForumId, LocalDate reviewDue, @Version int version)
		implements Versioned {

	/** Whether the review date has passed while the agreement is still meant to be in force. */
	public boolean isReviewOverdue(LocalDate today) {
		return reviewDue != null && reviewDue.isBefore(today) && status != AgreementStatus.EXPIRED;
	}

}
