package no.samhald.invitation;

/** Where an invitation stands; only a pending one can be accepted or revoked. */
public enum InvitationState {
	PENDING, ACCEPTED, REVOKED, EXPIRED
}
