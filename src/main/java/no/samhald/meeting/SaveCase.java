package no.samhald.meeting;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * A case as a coordinator puts it on the agenda or changes it. Without a number the case gets
 * the forum's next number in the meeting's year; a number typed in (to follow an existing
 * journal) must be free. Changed over {@code version}, the version the person opened.
 */
public record SaveCase(Integer number, String title, String publicTitle, CaseType type, String background,
		String proposal, boolean exempt, String exemptionBasis, Long matterId, int version) {

	/** The fields in which the stored case differs from this. */
	public List<String> fieldsChangedIn(Case stored) {
		return ChangedFields.between(this, stored);
	}

}
