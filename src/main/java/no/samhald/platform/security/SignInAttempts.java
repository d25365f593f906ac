package no.samhald.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every failed sign-in is audited and counts towards the account's lock-out (the attempt itself
 * was counted by {@link CountedSignIn}); a successful one clears the account's count and gives
 * the address its attempt back ({@link SignInThrottle}).
 */
@Component
record SignInAttempts(Accounts accounts, SignInThrottle throttle) {

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		accounts.recordFailure(String.valueOf(event.getAuthentication().getPrincipal()), address(event.getAuthentication()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.recordSuccess(event.getAuthentication().getName());
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			throttle.giveBack(details.getRemoteAddress());
		}
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "an unknown address";
	}

}
