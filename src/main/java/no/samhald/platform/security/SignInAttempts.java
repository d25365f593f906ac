package no.samhald.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins so that an account is locked after too many guesses. */
@Component
class SignInAttempts {

	private final Accounts accounts;

	SignInAttempts(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailure(String.valueOf(event.getAuthentication().getPrincipal()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.recordSuccess(event.getAuthentication().getName());
	}

}
