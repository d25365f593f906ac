package no.samhald.partnership;

/** Who is missing from a forum under the rule "brukarar og fastlegar deltek på alle nivå". */
public enum RepresentationGap {
	USER_REPRESENTATIVE, GENERAL_PRACTITIONER
}
