package no.samhald.meeting;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One forum on a matter's route: when it takes the matter up, what came of it, a summary, and
 * the case in that forum's meeting once there is one. {@code deciding} marks the forum that decides.
 */
@Table("anchoring_step")
public record AnchoringStep(Long forumId, LocalDate plannedDate, AnchoringOutcome outcome, String summary,
		Long caseId, boolean deciding) {
}
