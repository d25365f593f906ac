package no.samhald.project;

/** Where a project stands: idé, planlagt, i gang, avslutta. */
public enum ProjectStatus {
	IDEA, PLANNED, ACTIVE, CLOSED
}
