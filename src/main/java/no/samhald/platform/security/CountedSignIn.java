package no.samhald.platform.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The check of user name and password, with two rules.
 * <ul>
 * <li>Each attempt on an account is counted before its password is compared (one atomic
 * update), so that guesses sent in parallel, all started before the first has failed, cannot
 * together go past the lock-out limit: the attempt past the limit is refused unchecked.</li>
 * <li>Outside demo mode a demo password is refused even where it is right (say, on demo data
 * restored onto a production database), with the same answer as any wrong password, and counted
 * as a failure like one.</li>
 * </ul>
 */
class CountedSignIn extends DaoAuthenticationProvider {

	private final Accounts accounts;

	private final boolean demoMode;

	CountedSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, Accounts accounts, boolean demoMode) {
		super(users);
		setPasswordEncoder(passwordEncoder);
		this.accounts = accounts;
		this.demoMode = demoMode;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		if (!accounts.startAttempt(user.getUsername())) {
			throw new LockedException("Too many attempts");
		}
		super.additionalAuthenticationChecks(user, authentication);
		if (!demoMode && DemoPasswords.isDemoPassword(authentication.getCredentials())) {
			throw new BadCredentialsException("A demo password outside demo mode");
		}
	}

}
