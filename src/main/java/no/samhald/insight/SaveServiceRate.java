package no.samhald.insight;

import java.util.List;
import java.util.Map;

import no.samhald.platform.ChangedFields;

/**
 * A community's figures for a service as a person saves them: new (version 0), or changed over
 * {@code version}, the version they opened; a newer stored one means someone else saved first.
 * Also the JSON body of {@code PUT /services/{service}} (the service comes from the path), where a
 * missing version means the first one (0), as before versions were checked.
 */
public record SaveServiceRate(String service, String name, int baseYear, Map<String, Double> usersPerThousand,
		double yearlyChange, double fullTimeEquivalentsPerUser, Integer version) {

	public SaveServiceRate {
		version = version == null ? 0 : version;
	}

	/** The same figures for the service named in the path. */
	public SaveServiceRate forService(String key) {
		return new SaveServiceRate(key, name, baseYear, usersPerThousand, yearlyChange, fullTimeEquivalentsPerUser, version);
	}

	/** The fields in which the stored figures differ from these. */
	public List<String> fieldsChangedIn(ServiceRate stored) {
		return ChangedFields.between(this, stored, "service");
	}

}
