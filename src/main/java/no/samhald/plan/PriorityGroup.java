package no.samhald.plan;

import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/**
 * A priority patient group of a strategy: why it matters and what the community will do for it.
 * Versioned on its own and addressed by its own number, as a focus area is.
 */
@Table("strategy_patient_group")
public record PriorityGroup(Long communityId, int number, PatientGroup patientGroup, String description, String commitment,
		int version) implements Versioned {
}
