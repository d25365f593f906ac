package no.samhald.agreement.web;

import jakarta.validation.constraints.NotNull;

import no.samhald.agreement.ImplementationStatus;
import no.samhald.agreement.RecordImplementation;

/** One row of the implementation table: a partner's status and note, over the version the partner's contact or coordinator saw. */
record ImplementationForm(@NotNull ImplementationStatus status, String note, int version) {

	RecordImplementation toCommand() {
		return new RecordImplementation(status, note, version);
	}

}
