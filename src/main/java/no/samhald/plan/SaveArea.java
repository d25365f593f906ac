package no.samhald.plan;

import java.util.List;

import no.samhald.platform.ChangedFields;

/** An area of an action plan as saved; a new one gets the next number. */
public record SaveArea(String title, String description, int version) {

	/** The fields in which the stored area differs from this. */
	public List<String> fieldsChangedIn(PlanArea stored) {
		return ChangedFields.between(this, stored);
	}

}
