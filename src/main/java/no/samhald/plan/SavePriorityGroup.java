package no.samhald.plan;

import java.util.List;

import no.samhald.platform.ChangedFields;

/** A priority patient group of a strategy as saved: why it matters and what the community will do. */
public record SavePriorityGroup(PatientGroup patientGroup, String description, String commitment, int version) {

	/** The fields in which the stored group differs from this. */
	public List<String> fieldsChangedIn(PriorityGroup stored) {
		return ChangedFields.between(this, stored);
	}

}
