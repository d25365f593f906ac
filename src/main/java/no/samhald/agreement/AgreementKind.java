package no.samhald.agreement;

/** Where an agreement sits in the agreement structure. */
public enum AgreementKind {
	FRAMEWORK, SUB_AGREEMENT, SPECIAL_AGREEMENT, ROUTINE
}
