package no.samhald.agreement;

import java.time.LocalDate;

/**
 * A partner's implementation of an agreement for display: partners that have said nothing are
 * "not started" (version 0). The version is what a coordinator's change is checked against.
 */
public record PartnerImplementation(long partnerId, String partnerName, ImplementationStatus status, String note,
		LocalDate updatedOn, int version) {
}
