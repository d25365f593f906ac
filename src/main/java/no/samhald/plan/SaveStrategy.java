package no.samhald.plan;

import java.util.List;

import no.samhald.platform.ChangedFields;

/** A strategy's title, period and summary as saved: created, or changed over {@code version}. */
public record SaveStrategy(String title, Integer firstYear, Integer lastYear, String summary, int version) {

	/** The fields in which the stored strategy differs from this. */
	public List<String> fieldsChangedIn(Strategy stored) {
		return ChangedFields.between(this, stored);
	}

}
