package no.samhald.report;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * The introduction and closing words of an annual report as a coordinator saves them, over
 * {@code version} (the version they opened; a newer stored one means someone else saved first).
 */
public record SaveAnnualText(String introduction, String closing, int version) {

	/** The fields in which the stored texts differ from this. */
	public List<String> fieldsChangedIn(AnnualText stored) {
		return new ChangedFields().compare("introduction", introduction, stored.introduction())
			.compare("closing", closing, stored.closing())
			.list();
	}

}
