package no.samhald.agreement;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** One partner's implementation of one agreement. */
public record Implementation(@Id Long id, Long agreementId, Long partnerId, ImplementationStatus status, String note,
		LocalDate updatedOn, @Version int version) {
}
