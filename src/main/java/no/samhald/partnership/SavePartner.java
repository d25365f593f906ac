package no.samhald.partnership;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * A partner as a person saves it: created, or changed over {@code version} (the version they
 * opened; a newer stored one means someone else saved first).
 */
public record SavePartner(PartnerType type, String name, String shortName, String municipalityCode, Long regionId,
		WrittenLanguage writtenLanguage, Long parentId, String description, int version) {

	/** The fields in which the stored partner differs from this. */
	public List<String> fieldsChangedIn(Partner stored) {
		return ChangedFields.between(this, stored);
	}

}
