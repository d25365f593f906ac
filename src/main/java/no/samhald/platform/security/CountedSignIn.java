package no.samhald.platform.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts each attempt on an account before its password is compared (one atomic update), so
 * that guesses sent in parallel, all started before the first has failed, cannot together go
 * past the lock-out limit: the attempt past the limit is refused unchecked.
 */
class CountedSignIn extends DaoAuthenticationProvider {

	private final Accounts accounts;

	CountedSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, Accounts accounts) {
		super(users);
		setPasswordEncoder(passwordEncoder);
		this.accounts = accounts;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		if (!accounts.startAttempt(user.getUsername())) {
			throw new LockedException("Too many attempts");
		}
		super.additionalAuthenticationChecks(user, authentication);
	}

}
