package no.samhald.platform;

import java.util.Optional;

/**
 * Redeems an invitation for a person who accepts it by signing in with a provider (ID-porten,
 * Ansattporten, HelseID, …). The invitation module implements it; the sign-in with a provider
 * (platform) calls it when the session holds an invitation's token, so platform need not know
 * invitations.
 */
public interface InvitationRedeemer {

	/** The session attribute that holds the token of the invitation being accepted. */
	String SESSION_ATTRIBUTE = "samhald.invitation";

	/**
	 * Uses the invitation (once, within its validity) and returns the username of the account
	 * it created or found for the person, to which the provider's identity is then linked; empty
	 * if the token is unknown, used, revoked or expired.
	 */
	Optional<String> redeemForProvider(String token, String verifiedEmail, String displayName);

}
