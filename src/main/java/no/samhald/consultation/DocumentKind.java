package no.samhald.consultation;

/** What a round asks about: nothing beyond its description, a draft action plan, an agreement version, or an uploaded file. */
public enum DocumentKind {
	NONE, ACTION_PLAN, AGREEMENT_VERSION, FILE
}
