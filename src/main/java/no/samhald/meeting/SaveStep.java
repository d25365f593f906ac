package no.samhald.meeting;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * One step on a matter's anchoring trail as a keeper of its forum (its secretary or a coordinator) adds or changes it; a change is made
 * over {@code version}, the version of the step the person opened.
 */
public record SaveStep(Long forumId, LocalDate plannedDate, AnchoringOutcome outcome, String summary, Long caseId,
		boolean deciding, int version) {

	/** The fields in which the stored step differs from this. */
	public List<String> fieldsChangedIn(AnchoringStep stored) {
		return ChangedFields.between(this, stored);
	}

}
