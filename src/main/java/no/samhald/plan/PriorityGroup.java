package no.samhald.plan;

import org.springframework.data.relational.core.mapping.Table;

/** A priority patient group of a strategy: why it matters and what the community will do for it. */
@Table("strategy_patient_group")
public record PriorityGroup(Long communityId, PatientGroup patientGroup, String description, String commitment) {
}
