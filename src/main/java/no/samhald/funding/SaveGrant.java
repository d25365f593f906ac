package no.samhald.funding;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * A grant as a coordinator saves it: registered, or corrected over {@code version} (the version
 * they opened; a newer stored one means someone else saved first).
 */
public record SaveGrant(String title, String source, Long recipientPartnerId, Integer year, Long amount,
		String purpose, Long reportingForumId, int version) {

	/** The fields in which the stored grant differs from this. */
	public List<String> fieldsChangedIn(Grant stored) {
		return ChangedFields.between(this, stored);
	}

}
