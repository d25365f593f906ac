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
		return new ChangedFields().compare("type", type, stored.type())
			.compare("name", name, stored.name())
			.compare("shortName", shortName, stored.shortName())
			.compare("municipalityCode", municipalityCode, stored.municipalityCode())
			.compare("regionId", regionId, stored.regionId())
			.compare("writtenLanguage", writtenLanguage, stored.writtenLanguage())
			.compare("parentId", parentId, stored.parentId())
			.compare("description", description, stored.description())
			.list();
	}

}
