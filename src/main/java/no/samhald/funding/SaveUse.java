package no.samhald.funding;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/** Money spent from a grant as a coordinator records or corrects it, over {@code version}. */
public record SaveUse(LocalDate spentOn, String description, Long amount, int version) {

	/** The fields in which the stored use differs from this. */
	public List<String> fieldsChangedIn(GrantUse stored) {
		return ChangedFields.between(this, stored);
	}

}
