package no.samhald.invitation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samhald.platform.InvitationRedeemer;

/** The sign-in with a provider (platform) redeems the invitation held in the session through this. */
@Component
record ProviderRedemption(Invitations invitations) implements InvitationRedeemer {

	@Override
	public Optional<String> redeemForProvider(String token, String verifiedEmail, String displayName) {
		return invitations.acceptForProvider(token, verifiedEmail, displayName);
	}

}
