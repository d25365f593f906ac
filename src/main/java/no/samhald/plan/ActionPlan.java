package no.samhald.plan;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/**
 * A handlingsplan for one or two years, under a strategy or standalone. {@code predecessorId} is
 * the plan it was made from, whose open measures it carried over; {@code forumId} is the forum
 * that made it (in the partnership module).
 */
public record ActionPlan(@Id Long id, Long communityId, Long strategyId, Long predecessorId, String title,
		LocalDate startDate, LocalDate endDate, Long forumId, String summary, @Version int version)
		implements Versioned {
}
