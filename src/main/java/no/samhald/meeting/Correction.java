package no.samhald.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** A visible correction to approved minutes, optionally about one case. */
public record Correction(long id, Long caseId, String text, String madeBy, Instant madeAt) {

	public LocalDate madeOn() {
		return madeAt.atZone(Meeting.NORWAY).toLocalDate();
	}

}
