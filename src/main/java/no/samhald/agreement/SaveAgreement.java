package no.samhald.agreement;

import java.time.LocalDate;
import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * An agreement as a coordinator saves it: registered, or changed over {@code version} (the
 * version they opened; a newer stored one means someone else saved first).
 */
public record SaveAgreement(AgreementKind kind, Integer number, String title, String summary, AgreementStatus status,
		Long revisionForumId, LocalDate reviewDue, int version) {

	/** The fields in which the stored agreement differs from this. */
	public List<String> fieldsChangedIn(Agreement stored) {
		return ChangedFields.between(this, stored);
	}

}
