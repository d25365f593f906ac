package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * An action plan as a coordinator saves it: made (from {@code predecessorId}, whose open measures
 * come along) or changed over {@code version}. The predecessor cannot be changed afterwards.
 */
public record SaveActionPlan(String title, LocalDate startDate, LocalDate endDate, Long strategyId, Long forumId,
		Long predecessorId, String summary, int version) {

	/** The fields in which the stored plan differs from this. */
	public List<String> fieldsChangedIn(ActionPlan stored) {
		return ChangedFields.between(this, stored, "predecessorId");
	}

}
