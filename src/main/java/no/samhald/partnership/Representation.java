package no.samhald.partnership;

/** In what capacity a member sits: for a partner, as user representative, or as GP (fastlege). */
public enum Representation {
	PARTNER, USER_REPRESENTATIVE, GENERAL_PRACTITIONER
}
