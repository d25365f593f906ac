package no.samhald.partnership;

/** A member's role in a forum: leiar, nestleiar, medlem, vara, sekretær, observatør, referent. */
public enum MembershipRole {
	LEADER, DEPUTY_LEADER, MEMBER, DEPUTY, SECRETARY, OBSERVER, MINUTES_TAKER
}
