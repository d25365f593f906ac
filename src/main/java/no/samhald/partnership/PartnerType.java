package no.samhald.partnership;

/** The kinds of partner in a helsefellesskap. */
public enum PartnerType {
	MUNICIPALITY, HEALTH_TRUST, HOSPITAL, KS, UNIVERSITY_COLLEGE, DEVELOPMENT_CENTRE, USER_ORGANISATION, OTHER
}
