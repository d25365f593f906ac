package no.samhald.meeting;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * One forum on a matter's route: when it takes the matter up, what came of it, a summary, and
 * the case in that forum's meeting once there is one. {@code deciding} marks the forum that decides.
 * {@code number} names the step within its matter for good (its place in date order changes as
 * steps are added); {@code version} counts its changes, so that two people editing the same step
 * cannot overwrite each other unseen.
 */
@Table("anchoring_step")
public record AnchoringStep(int number, Long forumId, LocalDate plannedDate, AnchoringOutcome outcome, String summary,
		Long caseId, boolean deciding, int version) implements Versioned {

	AnchoringStep withCase(long caseId) {
		return new AnchoringStep(number, forumId, plannedDate, outcome, summary, caseId, deciding, version + 1);
	}

}
