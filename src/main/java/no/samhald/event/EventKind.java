package no.samhald.event;

/** The kinds of gathering the seeds name. */
public enum EventKind {
	CONFERENCE, NETWORK_GATHERING, LEARNING_NETWORK_SESSION, PROFESSIONAL_DAY, OTHER
}
