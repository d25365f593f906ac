package no.samhald.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A priority patient group of a strategy as typed: why it matters and what the community will do. */
public class PriorityGroupDetails {

	@NotNull
	private PatientGroup patientGroup;

	@Size(max = 8000)
	private String description;

	@Size(max = 8000)
	private String commitment;

	public static PriorityGroupDetails of(PriorityGroup group) {
		var details = new PriorityGroupDetails();
		details.patientGroup = group.patientGroup();
		details.description = group.description();
		details.commitment = group.commitment();
		return details;
	}

	public PatientGroup getPatientGroup() { return patientGroup; }
	public void setPatientGroup(PatientGroup patientGroup) { this.patientGroup = patientGroup; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getCommitment() { return commitment; }
	public void setCommitment(String commitment) { this.commitment = commitment; }

}
