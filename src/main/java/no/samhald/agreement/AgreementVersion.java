package no.samhald.agreement;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;

/** An adopted text of an agreement; the newest adopted one is the one in force. */
public record AgreementVersion(@Id Long id, Long agreementId, String label, LocalDate adoptedOn, String adoptedBy,
		String changeSummary, String text) {
}
