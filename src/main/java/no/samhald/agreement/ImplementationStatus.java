package no.samhald.agreement;

/** How far a partner has come in putting an agreement into practice in its own services. */
public enum ImplementationStatus {
	NOT_STARTED, IN_PROGRESS, IMPLEMENTED
}
