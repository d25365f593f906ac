package no.samhald.plan;

import java.util.List;

import no.samhald.platform.ChangedFields;

/** A focus area of a strategy as saved, its priorities one per line; changed over {@code version}. */
public record SaveFocusArea(String title, String description, String priorities, int version) {

	/** The fields in which the stored focus area differs from this. */
	public List<String> fieldsChangedIn(FocusArea stored) {
		return ChangedFields.between(this, stored);
	}

}
