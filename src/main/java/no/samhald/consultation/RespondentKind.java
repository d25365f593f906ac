package no.samhald.consultation;

/** Who answers: a partner (through its contacts) or a forum (through its secretary). */
public enum RespondentKind {
	PARTNER, FORUM
}
