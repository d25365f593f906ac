package no.samhald.deviation;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * The receiver's answer to a report and the improvement measure it leads to, over {@code version},
 * the version of the report the person saw, so that two people answering for the receiver cannot overwrite each other unseen.
 */
public record AnswerDeviation(String answer, String improvementMeasure, int version) {

	/** The fields in which the stored report differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Deviation stored) {
		return ChangedFields.between(this, stored);
	}

}
